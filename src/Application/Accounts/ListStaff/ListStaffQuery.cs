using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts;
using Mediator;

namespace Groupus.Application.Accounts.ListStaff;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Reception)]
public sealed record ListStaffQuery : IQuery<Result<IReadOnlyList<StaffMemberDto>>>;
