using FluentValidation;

namespace Groupus.Application.Identity.Passwords;

internal static class UsernameRules
{
    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$").WithMessage("must be 2 to 64 letters, digits, dots, hyphens or underscores");
}
