using FluentValidation;
using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.ResetPassword;

public sealed class ResetPasswordValidator : RequestValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("is required")
            .Must(token => ResetTokens.TryReadUserId(token, out _)).WithMessage("is not a password reset token");
        RuleFor(c => c.NewPassword).NewPassword(commonPasswords);
    }
}
