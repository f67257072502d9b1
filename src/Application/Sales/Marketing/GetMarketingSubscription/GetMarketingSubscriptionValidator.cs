using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing.GetMarketingSubscription;

public sealed class GetMarketingSubscriptionValidator : RequestValidator<GetMarketingSubscriptionQuery>
{
    public GetMarketingSubscriptionValidator() => RuleFor(q => q.Email).EmailAddress();
}
