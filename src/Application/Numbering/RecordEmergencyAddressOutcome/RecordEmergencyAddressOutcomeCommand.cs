using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.RecordEmergencyAddressOutcome;

/// <summary>Staff record the provider's answer to a pending submission: registered, or failed with the provider's reason.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record RecordEmergencyAddressOutcomeCommand(string NumberId, EmergencyRegistrationOutcome? Outcome, string? FailureReason)
    : ICommand<Result<PhoneNumberDto>>;
