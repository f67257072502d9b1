using Groupus.Domain.Common;

namespace Groupus.Domain.Partners;

public sealed record ResellerDetailsChanged(Guid ResellerId, DateTime OccurredAtUtc) : IDomainEvent;
