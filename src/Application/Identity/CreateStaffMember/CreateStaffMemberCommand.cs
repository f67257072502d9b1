using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.CreateStaffMember;

[AuthorizeRoles(StaffRole.Admin)]
public sealed record CreateStaffMemberCommand(string Username, string DisplayName, IReadOnlyList<string> Roles, string InitialPassword)
    : ICommand<Result<StaffMemberDto>>;
