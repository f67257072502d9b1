using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.CustomerUsers;

public sealed record CustomerUserDto(
    Guid Id, Guid OrganisationId, string Username, string DisplayName, string WorkEmail, string? WorkPhone, string Role,
    bool LockedOut, bool PasswordChangeRequired, long Version)
{
    public static CustomerUserDto From(CustomerUser user, DateTime nowUtc) => new(
        user.Id, user.OrganisationId, user.Username, user.DisplayName, user.WorkEmail, user.WorkPhone, user.Role,
        user.IsLockedOut(nowUtc), user.PasswordChangeRequired, user.Version);
}
