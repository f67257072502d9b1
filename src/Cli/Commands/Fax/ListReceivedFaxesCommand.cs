using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

internal sealed class ListReceivedFaxesCommand : Command
{
    private readonly Option<string> organisation = FaxArguments.Organisation("Staff: one organisation's faxes [default: every organisation's]");
    private readonly Option<int?> pageSize = FaxArguments.PageSize("Faxes");
    private readonly Option<string> pageToken = FaxArguments.PageToken();
    private readonly Option<bool> all = FaxArguments.AllPages();

    public ListReceivedFaxesCommand(CommandRunner runner)
        : base("list", "Received faxes, newest first (customers: your organisation's; admin, fax-operator, support)")
    {
        Options.Add(organisation);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListReceivedFaxesRequest
            {
                OrganisationId = context.TextOrEmpty(organisation), PageSize = context.Get(pageSize) ?? 0, PageToken = context.TextOrEmpty(pageToken),
            };
            var faxes = await ReceivedFaxPages.ReadAsync(
                async () => await client.Fax.ListReceivedFaxesAsync(request), token => request.PageToken = token, context.Get(all));
            context.Output.Show(faxes, ReceivedFaxPages.ForPeople(faxes, context.Time, "No faxes received."));
        });
    }
}
