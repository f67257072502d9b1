using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class RegisterOrganisationCommand : Command
{
    private readonly Option<string> legalName = new("--name") { Description = "Legal name, e.g. \"Acme Widgets Ltd\"", Required = true };
    private readonly Option<string> companyNumber = new("--company-number") { Description = "Companies House number" };
    private readonly Option<string> industry = new("--industry") { Description = "Industry" };
    private readonly Option<string> sizeBand = new("--size") { Description = "Size band, e.g. 10-49" };
    private readonly AddressOptions billing = new("billing", "Billing address");
    private readonly AddressOptions installation = new("installation", "Installation address");

    public RegisterOrganisationCommand(CommandRunner runner)
        : base("register", "Register a customer organisation (it starts as a prospect)")
    {
        Options.Add(legalName);
        Options.Add(companyNumber);
        Options.Add(industry);
        Options.Add(sizeBand);
        billing.AddTo(this);
        installation.AddTo(this);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var organisation = await client.Organisations.RegisterOrganisationAsync(new RegisterOrganisationRequest
            {
                LegalName = context.Get(legalName),
                CompanyNumber = context.TextOrEmpty(companyNumber),
                Industry = context.TextOrEmpty(industry),
                SizeBand = context.TextOrEmpty(sizeBand),
                BillingAddress = billing.Read(context),
                InstallationAddress = installation.Read(context),
            });
            context.Output.Show(organisation, Say.Line($"Registered {organisation.LegalName}."), OrganisationTable.Of(organisation));
        });
    }
}
