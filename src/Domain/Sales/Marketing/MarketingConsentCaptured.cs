using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

public sealed record MarketingConsentCaptured(Guid SubscriptionId, Guid ConsentId, string NoticeVersion, ConsentMethod Method, DateTime OccurredAtUtc) : IDomainEvent;
