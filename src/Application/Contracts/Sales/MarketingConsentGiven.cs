namespace Groupus.Contracts.Sales;

/// <summary>
/// A person consented to marketing (first time, re-subscription or renewal). Ids, the privacy notice version, when and
/// how (web-form, phone, event, in-writing, in-person) — never the e-mail address or the wording.
/// </summary>
public sealed record MarketingConsentGiven(Guid SubscriptionId, Guid ConsentId, string NoticeVersion, string Method, DateTime OccurredAtUtc) : IIntegrationEvent;
