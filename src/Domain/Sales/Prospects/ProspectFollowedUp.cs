using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

/// <summary>Sales wrote something about the prospect (notes may hold personal data, so the privacy module hears of it).</summary>
public sealed record ProspectFollowedUp(Guid ProspectId, ProspectStatus Status, DateTime OccurredAtUtc) : IDomainEvent;
