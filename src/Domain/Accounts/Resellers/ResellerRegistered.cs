using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Resellers;

public sealed record ResellerRegistered(Guid ResellerId, DateTime OccurredAtUtc) : IDomainEvent;
