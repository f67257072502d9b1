using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing.SendMarketingMessage;

public sealed class SendMarketingMessageValidator : RequestValidator<SendMarketingMessageCommand>
{
    public SendMarketingMessageValidator()
    {
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Campaign).RequiredText(200);
    }
}
