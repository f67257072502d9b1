using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;

namespace Groupus.Cli.Commands.Prospects;

internal sealed class ListProspectsCommand : Command
{
    private readonly Option<string> status = ProspectChoices.Status.Option("--status", "Only prospects in this status");
    private readonly Option<string> search = new("--search") { Description = "Part of the company, contact name or e-mail", HelpName = "TEXT" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Prospects per page [default: the server's]");
    private readonly Option<int?> offset = NumberOptions.Positive("--offset", "Skip this many prospects");

    public ListProspectsCommand(CommandRunner runner)
        : base("list", "Prospects, newest first")
    {
        Options.Add(status);
        Options.Add(search);
        Options.Add(pageSize);
        Options.Add(offset);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Prospects.ListProspectsAsync(new ListProspectsRequest
            {
                Status = ProspectChoices.Status.From(context.ParseResult.GetValue(status)),
                Search = context.TextOrEmpty(search),
                PageSize = context.Get(pageSize) ?? 0,
                Offset = context.Get(offset) ?? 0,
            });
            context.Output.Show(response, ProspectTable.Of(response.Prospects, context.Time));
        });
    }
}
