using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class ListRequestsCommand : Command
{
    private readonly Option<string[]> statuses = new("--status")
    {
        Description = $"Only requests in this status ({string.Join(", ", PrivacyChoices.Status.Words.Keys)}); repeat for several",
        HelpName = "STATUS",
    };

    private readonly Option<bool> due = new("--due") { Description = "Only open requests not yet due soon" };
    private readonly Option<bool> dueSoon = new("--due-soon") { Description = "Only requests due soon" };
    private readonly Option<bool> overdue = new("--overdue") { Description = "Only overdue requests" };
    private readonly Option<int?> pageSize = new("--page-size") { Description = "Requests per page [default: the server's]", HelpName = "N" };
    private readonly Option<string> pageToken = new("--page-token") { Description = "The page a previous list pointed to", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Follow every page" };

    public ListRequestsCommand(CommandRunner runner)
        : base("list", "Data-subject requests with their deadlines (privacy-officer, admin)")
    {
        statuses.AcceptOnlyFromAmong([.. PrivacyChoices.Status.Words.Keys]);
        Options.Add(statuses);
        Options.Add(due);
        Options.Add(dueSoon);
        Options.Add(overdue);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            var request = new ListRequestsRequest
            {
                Statuses = { (context.ParseResult.GetValue(statuses) ?? []).Distinct().Select(s => PrivacyChoices.Status.Words[s]) },
                Standing = Standing(context),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            using var client = context.ConnectAsStaff();
            var listed = await PageFollower.ReadAsync(
                async () => await client.Privacy.ListRequestsAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Requests.AddRange(page.Requests);
                    gathered.NextPageToken = page.NextPageToken;
                },
                context.Get(all));
            IRenderable[] forPeople = listed.NextPageToken.Length == 0
                ? [RequestView.List(listed.Requests, context.Time)]
                :
                [
                    RequestView.List(listed.Requests, context.Time, "No requests on this page."),
                    Say.Line($"More requests follow: add --all, or --page-token {listed.NextPageToken} for the next page."),
                ];
            context.Output.Show(listed, forPeople);
        });
    }

    private DeadlineStanding Standing(CommandContext context)
    {
        var chosen = new[] { (due, DeadlineStanding.Due), (dueSoon, DeadlineStanding.DueSoon), (overdue, DeadlineStanding.Overdue) }
            .Where(pair => context.Get(pair.Item1))
            .Select(pair => pair.Item2)
            .ToList();
        return chosen.Count switch
        {
            0 => DeadlineStanding.Unspecified,
            1 => chosen[0],
            _ => throw CliFailure.Usage("Choose one of --due, --due-soon and --overdue."),
        };
    }
}
