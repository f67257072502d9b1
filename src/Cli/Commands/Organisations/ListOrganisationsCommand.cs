using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class ListOrganisationsCommand : Command
{
    private readonly Option<string> name = new("--name") { Description = "Only organisations whose legal name contains this" };
    private readonly Option<OrganisationStatus> status = new("--status") { Description = "Only organisations in this status (Prospect, Active, Suspended, Closed)" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Organisations per page [default: the server's]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public ListOrganisationsCommand(CommandRunner runner)
        : base("list", "List customer organisations by legal name")
    {
        Options.Add(name);
        Options.Add(status);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListOrganisationsRequest
            {
                NameContains = context.TextOrEmpty(name),
                Status = context.ParseResult.GetValue(status),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var response = await PageFollower.ReadAsync(
                async () => await client.Organisations.ListOrganisationsAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Organisations.AddRange(page.Organisations);
                    gathered.NextPageToken = page.NextPageToken;
                },
                context.Get(all));
            IRenderable[] forPeople = response.NextPageToken.Length == 0
                ? [OrganisationTable.Of(response.Organisations)]
                :
                [
                    OrganisationTable.Of(response.Organisations),
                    Say.Line($"More organisations match: add --all, or --page-token {response.NextPageToken} for the next page."),
                ];
            context.Output.Show(response, forPeople);
        });
    }
}
