using Groupus.Domain.Numbering;
using Groupus.Domain.Common;

namespace Groupus.Application.Numbering;

public sealed record PhoneNumberDto(
    Guid Id,
    string E164,
    Guid? OrganisationId,
    NumberPurpose Purpose,
    NumberStatus Status,
    string? Label,
    DateTime? AssignedAtUtc,
    PostalAddress? EmergencyAddress,
    EmergencyRegistrationState EmergencyRegistration,
    string? EmergencyRegistrationFailureReason,
    DateTime? EmergencyRegistrationChangedAtUtc,
    long Version)
{
    public static PhoneNumberDto From(PhoneNumber n) => new(
        n.Id, n.E164, n.OrganisationId, n.Purpose, n.Status, n.Label, n.AssignedAtUtc, n.EmergencyAddress, n.EmergencyRegistration,
        n.EmergencyRegistrationFailureReason, n.EmergencyRegistrationChangedAtUtc, n.Version);
}
