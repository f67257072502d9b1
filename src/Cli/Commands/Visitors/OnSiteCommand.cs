using System.CommandLine;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class OnSiteCommand : Command
{
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Visitors fetched per call [default: the server's]; every page is shown");

    public OnSiteCommand(CommandRunner runner)
        : base("onsite", "List everyone signed in now")
    {
        Options.Add(pageSize);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListOnSiteRequest { PageSize = context.Get(pageSize) ?? 0 };

            // Everyone on site, always: a list that stopped at a page boundary would be dangerous in an evacuation.
            var response = await PageFollower.ReadAsync(
                async () => await client.Visitors.ListOnSiteAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Visits.AddRange(page.Visits);
                    gathered.NextPageToken = page.NextPageToken;
                },
                allPages: true);
            context.Output.Show(response, VisitTable.Of(response.Visits, context.Time, "Nobody is on site."));
        });
    }
}
