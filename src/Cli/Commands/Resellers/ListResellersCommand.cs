using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;

namespace Groupus.Cli.Commands.Resellers;

internal sealed class ListResellersCommand : Command
{
    private readonly Option<string> kind = ResellerChoices.Kind.Option("--kind", "Only this kind");
    private readonly Option<string> status = ResellerChoices.Status.Option("--status", "Only this status");
    private readonly Option<string> name = new("--name") { Description = "Part of the name", HelpName = "TEXT" };
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "Resellers per page [default: the server's]");
    private readonly Option<int?> offset = NumberOptions.Positive("--offset", "Skip this many resellers");

    public ListResellersCommand(CommandRunner runner)
        : base("list", "Resellers and distributors, by name")
    {
        Options.Add(kind);
        Options.Add(status);
        Options.Add(name);
        Options.Add(pageSize);
        Options.Add(offset);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Resellers.ListResellersAsync(new ListResellersRequest
            {
                Kind = ResellerChoices.Kind.From(context.ParseResult.GetValue(kind)),
                Status = ResellerChoices.Status.From(context.ParseResult.GetValue(status)),
                NameContains = context.TextOrEmpty(name),
                PageSize = context.Get(pageSize) ?? 0,
                Offset = context.Get(offset) ?? 0,
            });
            context.Output.Show(response, ResellerTable.Of(response.Resellers));
        });
    }
}
