using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts;
using Mediator;

namespace Groupus.Application.Accounts.CreateStaffMember;

[AuthorizeRoles(StaffRole.Admin)]
public sealed record CreateStaffMemberCommand(string Username, string DisplayName, IReadOnlyList<string> Roles, string InitialPassword)
    : ICommand<Result<StaffMemberDto>>;
