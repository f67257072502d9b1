using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Prospects;

internal static class ProspectRules
{
    /// <summary>The enquiry's free text: about a page of writing, no control characters except line breaks and tabs.</summary>
    public const int MaxEnquiryLength = 4000;

    public const int MaxEmployeeCount = 10_000_000;

    public static IRuleBuilderOptions<T, string?> EnquiryText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Must(value => value is null || value.Length <= MaxEnquiryLength).WithMessage($"must be at most {MaxEnquiryLength} characters")
            .Must(value => value is null || !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("must not contain control characters (line breaks and tabs are fine)");

    /// <summary>Free text of the enquiry's size that may be left out (a follow-up note).</summary>
    public static IRuleBuilderOptions<T, string?> EnquiryTextOrNull<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || value.Length <= MaxEnquiryLength).WithMessage($"must be at most {MaxEnquiryLength} characters")
            .Must(value => value is null || !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("must not contain control characters (line breaks and tabs are fine)");

    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Matches("^[A-Za-z]{2}$").WithMessage("must be a two-letter ISO 3166 country code such as GB");

    public static IRuleBuilderOptions<T, int?> EmployeeCount<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, MaxEmployeeCount).WithMessage($"must be between 1 and {MaxEmployeeCount:N0}");

    public static IRuleBuilderOptions<T, TEnum?> RequiredChoice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage("is required").IsInEnum().WithMessage($"must be one of: {Choices<TEnum>()}");

    public static IRuleBuilderOptions<T, TEnum?> OptionalChoice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithMessage($"must be one of: {Choices<TEnum>()}");

    private static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}
