using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Resellers;

internal static class ResellerTable
{
    public static IRenderable Of(IReadOnlyCollection<Reseller> resellers) =>
        TableBuilder.Build(resellers, "No resellers.",
            ("Reseller", r => r.Id),
            ("Name", r => r.Name),
            ("Kind", r => ResellerChoices.Kind.Word(r.Kind)),
            ("Agreement", r => r.AgreementReference),
            ("Status", r => ResellerChoices.Status.Word(r.Status)),
            ("E-mail", r => r.Email),
            ("Phone", r => r.Phone),
            ("Address", r => Address(r.Address)));

    public static IRenderable Of(Reseller reseller) => Of([reseller]);

    private static string Address(PostalAddress? a) => a is null
        ? string.Empty
        : string.Join(", ", new[] { a.Line1, a.Line2, a.Line3, a.Town, a.County, a.Postcode, a.CountryCode }.Where(part => part.Length > 0));
}
