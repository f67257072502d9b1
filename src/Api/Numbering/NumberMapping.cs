using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Numbering;
using Groupus.Application.Numbering.AssignNumberRange;
using DomainPurpose = Groupus.Domain.Numbering.NumberPurpose;
using DomainRegistration = Groupus.Domain.Numbering.EmergencyRegistrationState;
using DomainStatus = Groupus.Domain.Numbering.NumberStatus;
using Outcome = Groupus.Application.Numbering.RecordEmergencyAddressOutcome.EmergencyRegistrationOutcome;

namespace Groupus.Api.Numbering;

public static class NumberMapping
{
    public static PhoneNumber ToProto(this PhoneNumberDto number) => new()
    {
        Id = number.Id.ToString(),
        Number = number.E164,
        OrganisationId = number.OrganisationId?.ToString() ?? "",
        Purpose = number.Purpose.ToProto(),
        Status = number.Status switch
        {
            DomainStatus.Released => NumberStatus.Released,
            DomainStatus.Assigned => NumberStatus.Assigned,
            DomainStatus.Active => NumberStatus.Active,
            _ => NumberStatus.Unspecified,
        },
        Label = number.Label ?? "",
        AssignedAt = number.AssignedAtUtc.ToTimestamp(),
        EmergencyAddress = number.EmergencyAddress?.ToProto(),
        EmergencyRegistration = number.EmergencyRegistration switch
        {
            DomainRegistration.Unregistered => EmergencyRegistrationState.Unregistered,
            DomainRegistration.Pending => EmergencyRegistrationState.Pending,
            DomainRegistration.Registered => EmergencyRegistrationState.Registered,
            DomainRegistration.Failed => EmergencyRegistrationState.Failed,
            _ => EmergencyRegistrationState.Unspecified,
        },
        EmergencyRegistrationFailureReason = number.EmergencyRegistrationFailureReason ?? "",
        EmergencyRegistrationChangedAt = number.EmergencyRegistrationChangedAtUtc.ToTimestamp(),
        Version = number.Version,
    };

    public static AssignNumberRangeResponse ToProto(this AssignedRange range) =>
        new() { FirstNumber = range.FirstE164, LastNumber = range.LastE164, Count = range.Count };

    public static DomainPurpose? ToDomain(this NumberPurpose purpose) => purpose switch
    {
        NumberPurpose.Voice => DomainPurpose.Voice,
        NumberPurpose.Fax => DomainPurpose.Fax,
        _ => null,
    };

    public static Outcome? ToApplication(this EmergencyRegistrationOutcome outcome) => outcome switch
    {
        EmergencyRegistrationOutcome.Registered => Outcome.Registered,
        EmergencyRegistrationOutcome.Failed => Outcome.Failed,
        _ => null,
    };

    private static NumberPurpose ToProto(this DomainPurpose purpose) => purpose switch
    {
        DomainPurpose.Voice => NumberPurpose.Voice,
        DomainPurpose.Fax => NumberPurpose.Fax,
        _ => NumberPurpose.Unspecified,
    };
}
