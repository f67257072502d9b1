using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Resellers;

public sealed record ResellerDetailsChanged(Guid ResellerId, DateTime OccurredAtUtc) : IDomainEvent;
