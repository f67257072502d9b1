using FluentValidation;

namespace Groupus.Application.Identity.Passwords;

/// <summary>Length over composition, and none of the commonest passwords, in the spirit of NIST SP 800-63B.</summary>
internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, ICommonPasswordList commonPasswords) =>
        rule.NotEmpty().WithMessage("is required")
            .MinimumLength(MinLength).WithMessage($"must be at least {MinLength} characters")
            .MaximumLength(MaxLength).WithMessage($"must be at most {MaxLength} characters")
            .Must(p => p is null || p.Distinct().Count() >= 4).WithMessage("must not repeat the same few characters")
            .Must(p => p is null || !commonPasswords.Contains(p)).WithMessage("is one of the most common passwords; choose another");
}
