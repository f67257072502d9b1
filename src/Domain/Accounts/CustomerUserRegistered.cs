using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts;

public sealed record CustomerUserRegistered(Guid UserId, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
