using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

public sealed record MarketingSubscriberRegistered(Guid SubscriptionId, DateTime OccurredAtUtc) : IDomainEvent;
