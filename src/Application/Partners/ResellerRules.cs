using FluentValidation;
using Groupus.Application.Common.Results;

namespace Groupus.Application.Partners;

internal static class ResellerRules
{
    /// <summary>Letters, digits and - / . _ separators, 3 to 40 characters, e.g. RA-2026-0042.</summary>
    public static IRuleBuilderOptions<T, string?> AgreementReference<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Matches(@"^\s*[A-Za-z0-9][A-Za-z0-9\-/._]{1,38}[A-Za-z0-9]\s*$").WithMessage("must be 3 to 40 letters, digits and - / . _ (for example RA-2026-0042)");

    public static string NormaliseAgreementReference(string reference) => reference.Trim().ToUpperInvariant();

    public static Error AgreementReferenceTaken(string reference) =>
        Error.AlreadyExists("AGREEMENT_REFERENCE_TAKEN", $"Another reseller already holds agreement {reference}.", "AgreementReference");
}
