namespace Groupus.Contracts.Sales;

/// <summary>A person withdrew consent to marketing (unsubscribe-link, phone, in-writing...). Ids, when and how only.</summary>
public sealed record MarketingConsentWithdrawn(Guid SubscriptionId, Guid ConsentId, string Method, DateTime OccurredAtUtc) : IIntegrationEvent;
