namespace Groupus.Application.Accounts.Marketing.ExportConsentEvidence;

public sealed record ConsentEvidence(MarketingSubscriptionDto Subscription, DateTime ExportedAtUtc);
