using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors;

/// <summary>Field limits of the visitor log, shared by every use case that accepts them.</summary>
internal static class VisitorRules
{
    public const int NameMaxLength = 200;
    public const int CompanyMaxLength = 200;
    public const int PurposeMaxLength = 500;
    public const int BadgeMaxLength = 20;

    public static IRuleBuilderOptions<T, string?> VisitorName<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(NameMaxLength).MustBePrintableText();

    public static IRuleBuilderOptions<T, string?> Company<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(CompanyMaxLength).MustBePrintableText();

    public static IRuleBuilderOptions<T, string?> HostUsername<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(64).MustBePrintableText();

    public static IRuleBuilderOptions<T, string?> BadgeNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Matches("^[A-Za-z0-9-]{1,20}$").WithMessage($"must be 1 to {BadgeMaxLength} letters, digits or hyphens");
}
