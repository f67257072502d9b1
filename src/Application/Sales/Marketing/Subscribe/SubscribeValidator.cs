using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing.Subscribe;

public sealed class SubscribeValidator : RequestValidator<SubscribeCommand>
{
    public SubscribeValidator()
    {
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Name).SubscriberName();
        RuleFor(c => c.NoticeVersion).NoticeVersion();
        RuleFor(c => c.Wording).ConsentWording();
    }
}
