using System.CommandLine;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class OnSiteCommand : Command
{
    public OnSiteCommand(CommandRunner runner)
        : base("onsite", "List everyone signed in now")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Visitors.ListOnSiteAsync(new ListOnSiteRequest());
            context.Output.Show(response, VisitTable.Of(response.Visits, context.Time, "Nobody is on site."));
        });
    }
}
