using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Gateways;

internal sealed class ListGatewaysCommand : Command
{
    public ListGatewaysCommand(CommandRunner runner)
        : base("list", "List fax gateway credentials")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.GatewayCredentials.ListGatewayCredentialsAsync(new ListGatewayCredentialsRequest());
            context.Output.Show(response, GatewayCredentialTable.Of(response.Credentials, context.Time));
        });
    }
}
