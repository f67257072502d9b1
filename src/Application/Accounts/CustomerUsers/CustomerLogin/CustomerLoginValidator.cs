using FluentValidation;
using Groupus.Application.Accounts.Passwords;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Accounts.CustomerUsers.CustomerLogin;

public sealed class CustomerLoginValidator : RequestValidator<CustomerLoginCommand>
{
    public CustomerLoginValidator(ICommonPasswordList commonPasswords)
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
