using Groupus.Api.Grpc.Auth.V1;
using Groupus.Application.Identity;

namespace Groupus.Api.Identity;

public static class StaffMapping
{
    public static StaffMember ToProto(this StaffMemberDto member) => new()
    {
        Id = member.Id.ToString(),
        Username = member.Username,
        DisplayName = member.DisplayName,
        Roles = { member.Roles },
        LockedOut = member.LockedOut,
        PasswordChangeRequired = member.PasswordChangeRequired,
    };
}
