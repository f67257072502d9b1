using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

public sealed record ProspectReceived(Guid ProspectId, DateTime OccurredAtUtc) : IDomainEvent;
