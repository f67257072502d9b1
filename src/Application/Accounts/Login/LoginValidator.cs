using Groupus.Application.Common.Validation;
using FluentValidation;

namespace Groupus.Application.Accounts.Login;

public sealed class LoginValidator : RequestValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Username).NotEmpty().WithMessage("is required").MaximumLength(64).WithMessage("must be at most 64 characters");
        RuleFor(c => c.Password).NotEmpty().WithMessage("is required").MaximumLength(PasswordRules.MaxLength)
            .WithMessage($"must be at most {PasswordRules.MaxLength} characters");
        When(c => c.NewPassword is not null, () =>
        {
            RuleFor(c => c.NewPassword).NewPassword();
            RuleFor(c => c.NewPassword).NotEqual(c => c.Password).WithMessage("must differ from the current password");
        });
    }
}
