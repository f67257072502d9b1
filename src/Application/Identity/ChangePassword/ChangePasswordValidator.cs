using Groupus.Application.Common.Validation;
using FluentValidation;
using Groupus.Application.Identity.Passwords;

namespace Groupus.Application.Identity.ChangePassword;

public sealed class ChangePasswordValidator : RequestValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("is required");
        RuleFor(c => c.NewPassword).NewPassword(commonPasswords);
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).WithMessage("must differ from the current password");
    }
}
