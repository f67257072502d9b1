using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.UpdateCustomerUser;

[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record UpdateCustomerUserCommand(string UserId, string DisplayName, string WorkEmail, string? WorkPhone, string Role, long? ExpectedVersion)
    : ICommand<Result<CustomerUserDto>>;
