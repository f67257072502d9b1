using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.CreateCustomerUser;

/// <summary>Adds a user to an organisation with a password chosen by the creator, which the user must change at first login.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record CreateCustomerUserCommand(
    string? OrganisationId, string Username, string DisplayName, string WorkEmail, string? WorkPhone, string Role, string InitialPassword)
    : ICommand<Result<CustomerUserDto>>;
