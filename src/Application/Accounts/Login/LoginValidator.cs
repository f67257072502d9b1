using Groupus.Application.Common.Validation;
using FluentValidation;
using Groupus.Application.Accounts.Passwords;

namespace Groupus.Application.Accounts.Login;

public sealed class LoginValidator : RequestValidator<LoginCommand>
{
    public LoginValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.Username).NotEmpty().WithMessage("is required").MaximumLength(64).WithMessage("must be at most 64 characters");
        RuleFor(c => c.Password).NotEmpty().WithMessage("is required").MaximumLength(PasswordRules.MaxLength)
            .WithMessage($"must be at most {PasswordRules.MaxLength} characters");
        When(c => c.NewPassword is not null, () =>
        {
            RuleFor(c => c.NewPassword).NewPassword(commonPasswords);
            RuleFor(c => c.NewPassword).NotEqual(c => c.Password).WithMessage("must differ from the current password");
        });
    }
}
