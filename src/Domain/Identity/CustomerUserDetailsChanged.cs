using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

public sealed record CustomerUserDetailsChanged(Guid UserId, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
