using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Numbers;

public sealed record PhoneNumberReleased(Guid NumberId, string E164, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
