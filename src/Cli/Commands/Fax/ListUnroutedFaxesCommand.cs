using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

internal sealed class ListUnroutedFaxesCommand : Command
{
    private readonly Option<int?> pageSize = FaxArguments.PageSize("Faxes");
    private readonly Option<string> pageToken = FaxArguments.PageToken();
    private readonly Option<bool> all = FaxArguments.AllPages();

    public ListUnroutedFaxesCommand(CommandRunner runner)
        : base("unrouted", "Received faxes no organisation owns yet; hand them on with fax route (admin, fax-operator)")
    {
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListUnroutedFaxesRequest { PageSize = context.Get(pageSize) ?? 0, PageToken = context.TextOrEmpty(pageToken) };
            var faxes = await ReceivedFaxPages.ReadAsync(
                async () => await client.Fax.ListUnroutedFaxesAsync(request), token => request.PageToken = token, context.Get(all));
            context.Output.Show(faxes, ReceivedFaxPages.ForPeople(faxes, context.Time, "No unrouted faxes."));
        });
    }
}
