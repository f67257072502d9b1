using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Gateways;

internal sealed class IssueGatewayCommand : Command
{
    private readonly Option<string> name = new("--name") { Description = "A name for the gateway, e.g. london-gw-1", Required = true };

    public IssueGatewayCommand(CommandRunner runner)
        : base("issue", "Create a fax gateway's machine credential (admin); the secret is shown once")
    {
        Options.Add(name);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var issued = await client.GatewayCredentials.IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = context.Get(name) });
            context.Output.Show(issued,
                Say.Line($"Gateway {issued.Credential.Name}: id {issued.Credential.Id}"),
                Say.Line($"Secret (shown only now; put it in the gateway's configuration): {issued.Secret}"));
        });
    }
}
