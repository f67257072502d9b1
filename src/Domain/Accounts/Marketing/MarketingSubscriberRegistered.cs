using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Marketing;

public sealed record MarketingSubscriberRegistered(Guid SubscriptionId, DateTime OccurredAtUtc) : IDomainEvent;
