using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class ShowOrganisationCommand : Command
{
    private readonly Option<string> organisation = new("--org") { Description = "The organisation (customers: leave out for your own)" };

    public ShowOrganisationCommand(CommandRunner runner)
        : base("show", "Show an organisation")
    {
        Options.Add(organisation);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var found = await client.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = context.TextOrEmpty(organisation) });
            context.Output.Show(found, OrganisationTable.Of(found));
        });
    }
}
