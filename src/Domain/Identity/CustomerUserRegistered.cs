using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

public sealed record CustomerUserRegistered(Guid UserId, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
