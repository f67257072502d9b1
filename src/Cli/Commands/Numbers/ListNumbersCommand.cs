using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class ListNumbersCommand : Command
{
    private readonly Option<string> organisation = NumberArguments.Organisation(required: false);
    private readonly Option<string> purpose = NumberArguments.Purpose(required: false);
    private readonly Option<int?> pageSize = Input.NumberOptions.Positive("--page-size", "Numbers per page [default: the server's, 100; at most 1000]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public ListNumbersCommand(CommandRunner runner)
        : base("list", "An organisation's numbers in number order (customers; admin, support, billing)")
    {
        Options.Add(organisation);
        Options.Add(purpose);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListNumbersRequest
            {
                OrganisationId = context.TextOrEmpty(organisation),
                Purpose = NumberArguments.ToProto(context.ParseResult.GetValue(purpose)),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var numbers = await ListAsync(client, request, context.Get(all));
            IRenderable[] forPeople = numbers.NextPageToken.Length == 0
                ? [NumberTable.Of(numbers.Numbers, "The organisation has no numbers.")]
                :
                [
                    NumberTable.Of(numbers.Numbers),
                    Say.Line($"More numbers follow: add --all, or --page-token {numbers.NextPageToken} for the next page."),
                ];
            context.Output.Show(numbers, forPeople);
        });
    }

    private static Task<ListNumbersResponse> ListAsync(GroupusClient client, ListNumbersRequest request, bool allPages) =>
        PageFollower.ReadAsync(
            async () => await client.Numbers.ListNumbersAsync(request),
            page => page.NextPageToken,
            token => request.PageToken = token,
            (all, page) =>
            {
                all.Numbers.AddRange(page.Numbers);
                all.NextPageToken = page.NextPageToken;
            },
            allPages);
}
