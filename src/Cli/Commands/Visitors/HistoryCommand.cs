using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Errors;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class HistoryCommand : Command
{
    private readonly Option<DateTimeOffset> from;
    private readonly Option<DateTimeOffset> to;
    private readonly Option<string> host = new("--host") { Description = "Only visits to this staff member", HelpName = "USERNAME" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Visits per page [default: the server's]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public HistoryCommand(CommandRunner runner)
        : base("history", "Search past visits that started between --from and --to")
    {
        from = TimeOptions.RangeStart("--from", "Earliest start (a date means from the start of that day)", runner.Time);
        to = TimeOptions.RangeEnd("--to", "Latest start (a date includes that whole day)", runner.Time);
        from.Required = true;
        to.Required = true;
        Options.Add(from);
        Options.Add(to);
        Options.Add(host);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            var (start, end) = (context.Get(from), context.Get(to));
            if (start >= end)
            {
                throw CliFailure.Usage("--from must be before --to.");
            }

            using var client = context.ConnectAsStaff();
            var request = new SearchVisitHistoryRequest
            {
                From = Timestamp.FromDateTimeOffset(start),
                To = Timestamp.FromDateTimeOffset(end),
                HostUsername = context.TextOrEmpty(host),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var visits = await SearchAsync(client, request, context.Get(all));

            IRenderable[] forPeople = visits.NextPageToken.Length == 0
                ? [VisitTable.Of(visits.Visits, context.Time, "No visits in that period.")]
                :
                [
                    VisitTable.Of(visits.Visits, context.Time, "No visits on this page."),
                    Say.Line($"More visits match: add --all, or --page-token {visits.NextPageToken} for the next page."),
                ];
            context.Output.Show(visits, forPeople);
        });
    }

    private static Task<ListVisitsResponse> SearchAsync(GroupusClient client, SearchVisitHistoryRequest request, bool allPages) =>
        PageFollower.ReadAsync(
            async () => await client.Visitors.SearchVisitHistoryAsync(request),
            page => page.NextPageToken,
            token => request.PageToken = token,
            (all, page) =>
            {
                all.Visits.AddRange(page.Visits);
                all.NextPageToken = page.NextPageToken;
            },
            allPages);
}
