using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands.Numbers;

namespace Groupus.Cli.Commands.ServiceConfig;

internal sealed class ShowServiceConfigCommand : Command
{
    private readonly Option<string> organisation = NumberArguments.Organisation(required: false);
    private readonly Option<int?> version = Input.NumberOptions.Positive("--version", "A saved version [default: the current one]");

    public ShowServiceConfigCommand(CommandRunner runner)
        : base("show", "An organisation's service configuration: products, seats, feature flags (customer owners and admins; admin, support, billing)")
    {
        Options.Add(organisation);
        Options.Add(version);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var configuration = await client.ServiceConfigurations.GetServiceConfigurationAsync(new GetServiceConfigurationRequest
            {
                OrganisationId = context.TextOrEmpty(organisation), Version = context.Get(version) ?? 0,
            });
            context.Output.Show(configuration, ServiceConfigurationTable.Of(configuration, context.Time));
        });
    }
}
