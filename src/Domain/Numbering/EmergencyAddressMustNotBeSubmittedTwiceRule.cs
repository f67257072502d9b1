using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

/// <summary>Only an unregistered or failed address is submitted; a pending or registered one already is.</summary>
public sealed class EmergencyAddressMustNotBeSubmittedTwiceRule(EmergencyRegistrationState state) : IBusinessRule
{
    public string Code => "EMERGENCY_ADDRESS_ALREADY_SUBMITTED";

    public string Message => $"The emergency-services address is already {state.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => state is EmergencyRegistrationState.Pending or EmergencyRegistrationState.Registered;
}
