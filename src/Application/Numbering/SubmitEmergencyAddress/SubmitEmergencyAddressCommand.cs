using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.SubmitEmergencyAddress;

/// <summary>Staff have sent the address to the emergency-services database provider: the registration is pending.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record SubmitEmergencyAddressCommand(string NumberId) : ICommand<Result<PhoneNumberDto>>;
