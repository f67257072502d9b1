using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class ChangeOrganisationStatusCommand : Command
{
    private readonly Option<string> organisation = new("--org") { Description = "The organisation", Required = true };
    private readonly Option<OrganisationStatus> status = new("--to") { Description = "Active, Suspended or Closed", Required = true };
    private readonly Option<string> reason = new("--reason") { Description = "Why (kept with the status)" };

    public ChangeOrganisationStatusCommand(CommandRunner runner)
        : base("status", "Activate, suspend, reinstate or close an organisation")
    {
        Options.Add(organisation);
        Options.Add(status);
        Options.Add(reason);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var changed = await client.Organisations.ChangeOrganisationStatusAsync(new ChangeOrganisationStatusRequest
            {
                OrganisationId = context.Get(organisation),
                Status = context.Get(status),
                Reason = context.TextOrEmpty(reason),
            });
            context.Output.Show(changed, Say.Line($"{changed.LegalName} is now {OrganisationTable.StatusName(changed.Status)}."), OrganisationTable.Of(changed));
        });
    }
}
