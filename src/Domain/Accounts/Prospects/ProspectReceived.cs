using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Prospects;

public sealed record ProspectReceived(Guid ProspectId, DateTime OccurredAtUtc) : IDomainEvent;
