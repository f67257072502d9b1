using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts;

public sealed record CustomerUserDetailsChanged(Guid UserId, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
