using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.SendVerificationCode;

public sealed class SendVerificationCodeValidator : RequestValidator<SendVerificationCodeCommand>
{
    public SendVerificationCodeValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.SendTo).Must(k => k is SubjectIdentifierKind.Email or SubjectIdentifierKind.Phone).WithMessage("must be EMAIL or PHONE");
    }
}
