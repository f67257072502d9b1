using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class RouteReceivedFaxCommand : Command
{
    private readonly Argument<string> faxId = FaxArguments.FaxId();
    private readonly Option<string> organisation = FaxArguments.Organisation("The organisation to hand the fax to", required: true);

    public RouteReceivedFaxCommand(CommandRunner runner)
        : base("route", "Hand an unrouted fax to an organisation, which is notified (admin, fax-operator)")
    {
        Arguments.Add(faxId);
        Options.Add(organisation);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var fax = await client.Fax.RouteReceivedFaxAsync(new RouteReceivedFaxRequest { FaxId = context.Get(faxId), OrganisationId = context.Get(organisation) });
            context.Output.Show(fax, Say.Line($"Routed fax {fax.FaxId} to organisation {fax.OrganisationId}."), ReceivedFaxTable.Of(fax, context.Time));
        });
    }
}
