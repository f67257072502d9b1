namespace Groupus.Application.Numbering.RecordEmergencyAddressOutcome;

/// <summary>What the emergency-services database provider answered to a submission.</summary>
public enum EmergencyRegistrationOutcome
{
    Registered = 1,
    Failed = 2,
}
