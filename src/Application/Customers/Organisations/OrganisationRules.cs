using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Customers.Organisations;

internal static class OrganisationRules
{
    public static IRuleBuilderOptions<T, string?> LegalName<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(200).MustBePrintableText();

    /// <summary>Companies House numbers: 8 characters, digits or a two-letter prefix (SC, NI, OC…) and six digits.</summary>
    public static IRuleBuilderOptions<T, string?> CompanyNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^([0-9]{8}|[A-Za-z]{2}[0-9]{6})$").WithMessage("must be a Companies House number such as 01234567 or SC123456");
}
