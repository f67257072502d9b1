using Groupus.Api.Grpc.Accounts.V1;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class OrganisationTable
{
    public static IRenderable Of(IReadOnlyCollection<Organisation> organisations) =>
        TableBuilder.Build(organisations, "No organisations.",
            ("Organisation", o => o.Id),
            ("Legal name", o => o.LegalName),
            ("Company no.", o => o.CompanyNumber),
            ("Status", o => StatusName(o.Status)),
            ("Billing postcode", o => o.BillingAddress?.Postcode ?? ""),
            ("Installation postcode", o => o.InstallationAddress?.Postcode ?? ""));

    public static IRenderable Of(Organisation organisation) => Of([organisation]);

    public static string StatusName(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Prospect => "Prospect",
        OrganisationStatus.Active => "Active",
        OrganisationStatus.Suspended => "Suspended",
        OrganisationStatus.Closed => "Closed",
        _ => "",
    };
}
