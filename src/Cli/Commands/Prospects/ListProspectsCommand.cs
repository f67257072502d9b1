using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Prospects;

internal sealed class ListProspectsCommand : Command
{
    private readonly Option<string> status = ProspectChoices.Status.Option("--status", "Only prospects in this status");
    private readonly Option<string> search = new("--search") { Description = "Part of the company, contact name or e-mail", HelpName = "TEXT" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Prospects per page [default: the server's]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public ListProspectsCommand(CommandRunner runner)
        : base("list", "Prospects, newest first")
    {
        Options.Add(status);
        Options.Add(search);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListProspectsRequest
            {
                Status = ProspectChoices.Status.From(context.ParseResult.GetValue(status)),
                Search = context.TextOrEmpty(search),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var response = await PageFollower.ReadAsync(
                async () => await client.Prospects.ListProspectsAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Prospects.AddRange(page.Prospects);
                    gathered.NextPageToken = page.NextPageToken;
                },
                context.Get(all));
            IRenderable[] forPeople = response.NextPageToken.Length == 0
                ? [ProspectTable.Of(response.Prospects, context.Time)]
                :
                [
                    ProspectTable.Of(response.Prospects, context.Time),
                    Say.Line($"More prospects match: add --all, or --page-token {response.NextPageToken} for the next page."),
                ];
            context.Output.Show(response, forPeople);
        });
    }
}
