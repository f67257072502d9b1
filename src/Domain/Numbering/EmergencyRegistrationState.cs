namespace Groupus.Domain.Numbering;

/// <summary>
/// Where the number's emergency-services (999/112) address stands with the emergency-services database provider:
/// unregistered → pending (submitted) → registered, or failed with the provider's reason (then resubmitted).
/// </summary>
public enum EmergencyRegistrationState
{
    Unregistered = 0,
    Pending = 1,
    Registered = 2,
    Failed = 3,
}
