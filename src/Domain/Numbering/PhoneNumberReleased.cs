using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed record PhoneNumberReleased(Guid NumberId, string E164, Guid OrganisationId, DateTime OccurredAtUtc) : IDomainEvent;
