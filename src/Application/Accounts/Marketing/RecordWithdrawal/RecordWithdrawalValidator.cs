using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Accounts.Marketing;

namespace Groupus.Application.Accounts.Marketing.RecordWithdrawal;

public sealed class RecordWithdrawalValidator : RequestValidator<RecordWithdrawalCommand>
{
    public RecordWithdrawalValidator()
    {
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Method).NotNull().WithMessage("is required").IsInEnum().WithMessage("is not a consent method")
            .Must(method => method != ConsentMethod.PrivacyRequest).WithMessage(ConsentMethodMessages.PrivacyRequestNotByHand);
    }
}
