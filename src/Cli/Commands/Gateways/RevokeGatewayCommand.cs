using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Gateways;

internal sealed class RevokeGatewayCommand : Command
{
    private readonly Option<string> gateway = new("--gateway") { Description = "The gateway credential's id", Required = true };

    public RevokeGatewayCommand(CommandRunner runner)
        : base("revoke", "Revoke a fax gateway's credential (admin)")
    {
        Options.Add(gateway);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var revoked = await client.GatewayCredentials.RevokeGatewayCredentialAsync(new RevokeGatewayCredentialRequest { GatewayId = context.Get(gateway) });
            context.Output.Show(revoked, Say.Line($"Revoked gateway {revoked.Name}."));
        });
    }
}
