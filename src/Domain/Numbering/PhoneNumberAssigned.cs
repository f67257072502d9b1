using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed record PhoneNumberAssigned(Guid NumberId, string E164, Guid OrganisationId, NumberPurpose Purpose, DateTime OccurredAtUtc) : IDomainEvent;
