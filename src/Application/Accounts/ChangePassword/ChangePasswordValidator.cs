using Groupus.Application.Common.Validation;
using FluentValidation;

namespace Groupus.Application.Accounts.ChangePassword;

public sealed class ChangePasswordValidator : RequestValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("is required");
        RuleFor(c => c.NewPassword).NewPassword();
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).WithMessage("must differ from the current password");
    }
}
