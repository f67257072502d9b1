using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class UpdateOrganisationCommand : Command
{
    private readonly Option<string> organisation = new("--org") { Description = "The organisation (customers: leave out for your own)" };
    private readonly Option<string> legalName = new("--name") { Description = "New legal name (default: unchanged)" };
    private readonly Option<string> companyNumber = new("--company-number") { Description = "Companies House number (default: unchanged)" };
    private readonly AddressOptions billing = new("billing", "Billing address");
    private readonly AddressOptions installation = new("installation", "Installation address");

    public UpdateOrganisationCommand(CommandRunner runner)
        : base("update", "Change an organisation's name, company number or addresses")
    {
        Options.Add(organisation);
        Options.Add(legalName);
        Options.Add(companyNumber);
        billing.AddTo(this);
        installation.AddTo(this);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var current = await client.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = context.TextOrEmpty(organisation) });
            var updated = await client.Organisations.UpdateOrganisationAsync(new UpdateOrganisationRequest
            {
                OrganisationId = current.Id,
                LegalName = context.ParseResult.GetValue(legalName) ?? current.LegalName,
                CompanyNumber = context.ParseResult.GetValue(companyNumber) ?? current.CompanyNumber,
                Industry = current.Industry,
                SizeBand = current.SizeBand,
                BillingAddress = billing.Read(context),
                InstallationAddress = installation.Read(context),
                ExpectedVersion = current.Version,
            });
            context.Output.Show(updated, Say.Line($"Updated {updated.LegalName}."), OrganisationTable.Of(updated));
        });
    }
}
