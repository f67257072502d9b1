using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Resellers;

internal sealed class ListResellersCommand : Command
{
    private readonly Option<string> kind = ResellerChoices.Kind.Option("--kind", "Only this kind");
    private readonly Option<string> status = ResellerChoices.Status.Option("--status", "Only this status");
    private readonly Option<string> name = new("--name") { Description = "Part of the name", HelpName = "TEXT" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Resellers per page [default: the server's]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public ListResellersCommand(CommandRunner runner)
        : base("list", "Resellers and distributors, by name")
    {
        Options.Add(kind);
        Options.Add(status);
        Options.Add(name);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListResellersRequest
            {
                Kind = ResellerChoices.Kind.From(context.ParseResult.GetValue(kind)),
                Status = ResellerChoices.Status.From(context.ParseResult.GetValue(status)),
                NameContains = context.TextOrEmpty(name),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var response = await PageFollower.ReadAsync(
                async () => await client.Resellers.ListResellersAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Resellers.AddRange(page.Resellers);
                    gathered.NextPageToken = page.NextPageToken;
                },
                context.Get(all));
            IRenderable[] forPeople = response.NextPageToken.Length == 0
                ? [ResellerTable.Of(response.Resellers)]
                :
                [
                    ResellerTable.Of(response.Resellers),
                    Say.Line($"More resellers match: add --all, or --page-token {response.NextPageToken} for the next page."),
                ];
            context.Output.Show(response, forPeople);
        });
    }
}
