using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.ListCustomerUsers;

[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.Support)]
public sealed record ListCustomerUsersQuery(string? OrganisationId) : IQuery<Result<IReadOnlyList<CustomerUserDto>>>;
