using FluentValidation;

namespace Groupus.Application.Common.Validation;

/// <summary>Rules shared by every free-text field a person types: bounded length, no control characters.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("is required").OptionalText(maxLength);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => value is null || value.Length <= maxLength).WithMessage($"must be at most {maxLength} characters")
            .Must(value => value is null || !value.Any(char.IsControl)).WithMessage("must not contain control characters");

    /// <summary>For names and what people search names by: see <see cref="PrintableText"/>.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePrintableText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || PrintableText.IsPrintable(value))
            .WithMessage("must not contain invisible, direction-changing or unassigned characters (such as U+200B, U+202E, U+FEFF, U+2028)");
}
