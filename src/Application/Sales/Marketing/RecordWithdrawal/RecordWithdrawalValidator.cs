using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing.RecordWithdrawal;

public sealed class RecordWithdrawalValidator : RequestValidator<RecordWithdrawalCommand>
{
    public RecordWithdrawalValidator()
    {
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Method).NotNull().WithMessage("is required").IsInEnum().WithMessage("is not a consent method")
            .Must(method => method != ConsentMethod.PrivacyRequest).WithMessage(ConsentMethodMessages.PrivacyRequestNotByHand);
    }
}
