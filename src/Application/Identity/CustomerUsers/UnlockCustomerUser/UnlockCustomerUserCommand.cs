using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.UnlockCustomerUser;

[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record UnlockCustomerUserCommand(string UserId) : ICommand<Result<CustomerUserDto>>;
