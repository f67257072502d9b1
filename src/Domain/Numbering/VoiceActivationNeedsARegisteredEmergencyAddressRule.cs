using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

/// <summary>A voice number must not carry calls until emergency services can find the caller (Ofcom General Condition A3).</summary>
public sealed class VoiceActivationNeedsARegisteredEmergencyAddressRule(EmergencyRegistrationState state) : IBusinessRule
{
    public string Code => "EMERGENCY_ADDRESS_NOT_REGISTERED";

    public string Message => $"A number cannot be activated for voice until its emergency-services address is registered (it is {state.ToString().ToLowerInvariant()}).";

    public bool IsBroken() => state != EmergencyRegistrationState.Registered;
}
