using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

/// <summary>The provider's outcome answers a submission: there must be one waiting.</summary>
public sealed class RegistrationOutcomeNeedsAPendingSubmissionRule(EmergencyRegistrationState state) : IBusinessRule
{
    public string Code => "EMERGENCY_ADDRESS_NOT_PENDING";

    public string Message => $"No emergency-services registration is pending for this number (it is {state.ToString().ToLowerInvariant()}); submit the address first.";

    public bool IsBroken() => state != EmergencyRegistrationState.Pending;
}
