using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Numbers;

public sealed record PhoneNumberPurposeChanged(Guid NumberId, string E164, Guid OrganisationId, NumberPurpose Purpose, DateTime OccurredAtUtc) : IDomainEvent;
