using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts;
using Mediator;

namespace Groupus.Application.Accounts.UnlockStaffMember;

[AuthorizeRoles(StaffRole.Admin)]
public sealed record UnlockStaffMemberCommand(string Username) : ICommand<Result<StaffMemberDto>>;
