using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing.RecordConsent;

public sealed class RecordConsentValidator : RequestValidator<RecordConsentCommand>
{
    public RecordConsentValidator()
    {
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Name).SubscriberName();
        RuleFor(c => c.Method).NotNull().WithMessage("is required").IsInEnum().WithMessage("is not a consent method")
            .Must(method => method != ConsentMethod.UnsubscribeLink).WithMessage("an unsubscribe link withdraws consent, it cannot give it")
            .Must(method => method != ConsentMethod.PrivacyRequest).WithMessage(ConsentMethodMessages.PrivacyRequestNotByHand);
        RuleFor(c => c.NoticeVersion).NoticeVersion();
        RuleFor(c => c.Wording).ConsentWording();
    }
}
