using Groupus.Domain.Common;

namespace Groupus.Domain.Partners;

public sealed record ResellerRegistered(Guid ResellerId, DateTime OccurredAtUtc) : IDomainEvent;
