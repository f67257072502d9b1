using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands.Numbers;

namespace Groupus.Cli.Commands.ServiceConfig;

internal sealed class ServiceConfigHistoryCommand : Command
{
    private readonly Option<string> organisation = NumberArguments.Organisation(required: false);

    public ServiceConfigHistoryCommand(CommandRunner runner)
        : base("history", "Every saved version of an organisation's service configuration, newest first (customer owners and admins; admin, support, billing)")
    {
        Options.Add(organisation);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var history = await client.ServiceConfigurations.ListServiceConfigurationVersionsAsync(
                new ListServiceConfigurationVersionsRequest { OrganisationId = context.TextOrEmpty(organisation) });
            context.Output.Show(history, ServiceConfigurationTable.History(history.Versions, context.Time));
        });
    }
}
