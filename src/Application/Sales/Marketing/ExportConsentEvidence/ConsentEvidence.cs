namespace Groupus.Application.Sales.Marketing.ExportConsentEvidence;

public sealed record ConsentEvidence(MarketingSubscriptionDto Subscription, DateTime ExportedAtUtc);
