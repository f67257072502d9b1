using Groupus.Application.Common.Messaging;
using Groupus.Application.Sales.Marketing;
using Groupus.Contracts;
using Groupus.Contracts.Privacy;
using Groupus.Contracts.Sales;
using Groupus.Domain.Common;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales;

/// <summary>What the sales module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class SalesDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ProspectReceived received => new DataSubjectRegistered(received.ProspectId, DataSubjectKind.Prospect, null, received.OccurredAtUtc),
        ProspectFollowedUp followedUp => new DataSubjectChanged(followedUp.ProspectId, DataSubjectKind.Prospect, null, followedUp.OccurredAtUtc),
        MarketingSubscriberRegistered subscriber => new DataSubjectRegistered(subscriber.SubscriptionId, DataSubjectKind.Prospect, null, subscriber.OccurredAtUtc),
        MarketingConsentCaptured given => new MarketingConsentGiven(given.SubscriptionId, given.ConsentId, given.NoticeVersion, ConsentMethodNames.Of(given.Method), given.OccurredAtUtc),
        MarketingConsentWithdrawal withdrawn => new MarketingConsentWithdrawn(withdrawn.SubscriptionId, withdrawn.ConsentId, ConsentMethodNames.Of(withdrawn.Method), withdrawn.OccurredAtUtc),
        _ => null,
    };
}
