using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.ListStaff;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Reception)]
public sealed record ListStaffQuery : IQuery<Result<IReadOnlyList<StaffMemberDto>>>;
