using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed record PhoneNumberPurposeChanged(Guid NumberId, string E164, Guid OrganisationId, NumberPurpose Purpose, DateTime OccurredAtUtc) : IDomainEvent;
