using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

public sealed record StaffMemberDto(Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, bool PasswordChangeRequired)
{
    public static StaffMemberDto From(StaffMember member, DateTime nowUtc) =>
        new(member.Id, member.Username, member.DisplayName, member.Roles, member.IsLockedOut(nowUtc), member.PasswordChangeRequired);
}
