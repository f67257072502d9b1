using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.UnlockStaffMember;

[AuthorizeRoles(StaffRole.Admin)]
public sealed record UnlockStaffMemberCommand(string Username) : ICommand<Result<StaffMemberDto>>;
