using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Marketing;

public sealed record MarketingConsentCaptured(Guid SubscriptionId, Guid ConsentId, string NoticeVersion, ConsentMethod Method, DateTime OccurredAtUtc) : IDomainEvent;
