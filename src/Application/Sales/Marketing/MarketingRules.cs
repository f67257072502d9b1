using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing;

internal static class MarketingRules
{
    public const int MaxWordingLength = 2000;

    /// <summary>A privacy notice version as published: a year and month such as 2026-01, optionally with a suffix (2026-01a, 2026-01.2).</summary>
    public static IRuleBuilderOptions<T, string?> NoticeVersion<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Matches(@"^20[0-9]{2}-(0[1-9]|1[0-2])([.\-]?[A-Za-z0-9]{1,8})?$").WithMessage("must be a privacy notice version such as 2026-01");

    /// <summary>The exact words the person agreed to, as shown to them.</summary>
    public static IRuleBuilderOptions<T, string?> ConsentWording<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Must(value => value is null || value.Length <= MaxWordingLength).WithMessage($"must be at most {MaxWordingLength} characters")
            .Must(value => value is null || !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r')))
            .WithMessage("must not contain control characters (line breaks are fine)");

    public static IRuleBuilderOptions<T, string?> SubscriberName<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(200).MustBePrintableText();
}
