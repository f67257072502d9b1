using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Sales.Marketing.GetMarketingSubscription;

public sealed class GetMarketingSubscriptionHandler(IMarketingSubscriptionRepository subscriptions, IUnsubscribeTokens tokens)
    : IQueryHandler<GetMarketingSubscriptionQuery, Result<MarketingSubscriptionDto>>
{
    public async ValueTask<Result<MarketingSubscriptionDto>> Handle(GetMarketingSubscriptionQuery query, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByEmailAsync(ContactRules.NormaliseEmail(query.Email), cancellationToken);
        return subscription is null ? Error.NotFound("A marketing subscription for that address") : MarketingSubscriptionDto.From(subscription, tokens);
    }
}
