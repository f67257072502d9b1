using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.Passwords;

/// <summary>The checks every password login gets; each kind of login has its sealed validator deriving from this.</summary>
public abstract class PasswordLoginValidator<TLogin> : RequestValidator<TLogin>
    where TLogin : IPasswordLoginRequest
{
    protected PasswordLoginValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.Username).NotEmpty().WithMessage("is required").MaximumLength(64).WithMessage("must be at most 64 characters");
        RuleFor(c => c.Password).NotEmpty().WithMessage("is required").MaximumLength(PasswordRules.MaxLength)
            .WithMessage($"must be at most {PasswordRules.MaxLength} characters");
        When(c => c.NewPassword is not null, () =>
        {
            RuleFor(c => c.NewPassword).NewPassword(commonPasswords);
            RuleFor(c => c.NewPassword).NotEqual(c => c.Password).WithMessage("must differ from the current password");
            RuleFor(c => c.NewPassword).Must((c, password) => !UsernameDerivedPasswords.IsDerivedFrom(password, c.Username))
                .WithMessage(UsernameDerivedPasswords.Message);
        });
    }
}
