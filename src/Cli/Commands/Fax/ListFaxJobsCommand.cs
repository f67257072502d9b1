using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class ListFaxJobsCommand : Command
{
    private readonly Option<string[]> states = new("--state")
    {
        Description = $"Only jobs in this state ({string.Join(", ", FaxText.StatesByName.Keys)}); repeat for several",
        HelpName = "STATE",
    };

    private readonly Option<string> organisation = FaxArguments.Organisation("Staff: one organisation's jobs [default: every organisation's]");
    private readonly Option<int?> pageSize = FaxArguments.PageSize("Jobs");
    private readonly Option<string> pageToken = FaxArguments.PageToken();
    private readonly Option<bool> all = FaxArguments.AllPages();

    public ListFaxJobsCommand(CommandRunner runner)
        : base("list", "Fax jobs, newest first (customers: your organisation's; admin, fax-operator, support)")
    {
        states.AcceptOnlyFromAmong([.. FaxText.StatesByName.Keys]);
        Options.Add(states);
        Options.Add(organisation);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListFaxJobsRequest
            {
                OrganisationId = context.TextOrEmpty(organisation),
                States = { (context.ParseResult.GetValue(states) ?? []).Distinct().Select(state => FaxText.StatesByName[state]) },
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var jobs = await ListAsync(client, request, context.Get(all));
            IRenderable[] forPeople = jobs.NextPageToken.Length == 0
                ? [FaxJobTable.Of(jobs.Jobs, context.Time)]
                :
                [
                    FaxJobTable.Of(jobs.Jobs, context.Time, "No fax jobs on this page."),
                    Say.Line($"More jobs follow: add --all, or --page-token {jobs.NextPageToken} for the next page."),
                ];
            context.Output.Show(jobs, forPeople);
        });
    }

    private static Task<ListFaxJobsResponse> ListAsync(GroupusClient client, ListFaxJobsRequest request, bool allPages) =>
        PageFollower.ReadAsync(
            async () => await client.Fax.ListFaxJobsAsync(request),
            page => page.NextPageToken,
            token => request.PageToken = token,
            (all, page) =>
            {
                all.Jobs.AddRange(page.Jobs);
                all.NextPageToken = page.NextPageToken;
            },
            allPages);
}
