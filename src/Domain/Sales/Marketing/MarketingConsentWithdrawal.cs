using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

public sealed record MarketingConsentWithdrawal(Guid SubscriptionId, Guid ConsentId, ConsentMethod Method, DateTime OccurredAtUtc) : IDomainEvent;
