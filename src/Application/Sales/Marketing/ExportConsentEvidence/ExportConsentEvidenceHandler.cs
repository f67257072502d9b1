using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Sales.Marketing.ExportConsentEvidence;

public sealed class ExportConsentEvidenceHandler(IMarketingSubscriptionRepository subscriptions, IUnsubscribeTokens tokens, TimeProvider clock)
    : IQueryHandler<ExportConsentEvidenceQuery, Result<ConsentEvidence>>
{
    public async ValueTask<Result<ConsentEvidence>> Handle(ExportConsentEvidenceQuery query, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByEmailAsync(ContactRules.NormaliseEmail(query.Email), cancellationToken);
        return subscription is null
            ? Error.NotFound("A marketing subscription for that address")
            : new ConsentEvidence(MarketingSubscriptionDto.From(subscription, tokens), clock.GetUtcNow().UtcDateTime);
    }
}
