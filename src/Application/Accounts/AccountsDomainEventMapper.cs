using Groupus.Application.Accounts.Marketing;
using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Groupus.Domain.Accounts.Marketing;
using Groupus.Domain.Accounts.Prospects;
using Groupus.Domain.Accounts.Resellers;
using Groupus.Domain.Common;

namespace Groupus.Application.Accounts;

/// <summary>What the accounts module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class AccountsDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CustomerUserRegistered registered => new DataSubjectRegistered(registered.UserId, DataSubjectKind.CustomerUser, registered.OrganisationId, registered.OccurredAtUtc),
        CustomerUserDetailsChanged changed => new DataSubjectChanged(changed.UserId, DataSubjectKind.CustomerUser, changed.OrganisationId, changed.OccurredAtUtc),
        ProspectReceived received => new DataSubjectRegistered(received.ProspectId, DataSubjectKind.Prospect, null, received.OccurredAtUtc),
        ProspectFollowedUp followedUp => new DataSubjectChanged(followedUp.ProspectId, DataSubjectKind.Prospect, null, followedUp.OccurredAtUtc),
        MarketingSubscriberRegistered subscriber => new DataSubjectRegistered(subscriber.SubscriptionId, DataSubjectKind.Prospect, null, subscriber.OccurredAtUtc),
        MarketingConsentCaptured given => new MarketingConsentGiven(given.SubscriptionId, given.ConsentId, given.NoticeVersion, ConsentMethodNames.Of(given.Method), given.OccurredAtUtc),
        MarketingConsentWithdrawal withdrawn => new MarketingConsentWithdrawn(withdrawn.SubscriptionId, withdrawn.ConsentId, ConsentMethodNames.Of(withdrawn.Method), withdrawn.OccurredAtUtc),
        ResellerRegistered reseller => new DataSubjectRegistered(reseller.ResellerId, DataSubjectKind.ResellerContact, null, reseller.OccurredAtUtc),
        ResellerDetailsChanged reseller => new DataSubjectChanged(reseller.ResellerId, DataSubjectKind.ResellerContact, null, reseller.OccurredAtUtc),
        _ => null,
    };
}
