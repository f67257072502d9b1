using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Numbering.SetEmergencyAddress;

/// <summary>
/// Records where the line is installed, for the emergency services. The customer knows best, so their owners and
/// admins may set it. The registration starts again from unregistered (and an active number goes back to assigned).
/// </summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record SetEmergencyAddressCommand(string NumberId, AddressInput? Address, long? ExpectedVersion) : ICommand<Result<PhoneNumberDto>>;
