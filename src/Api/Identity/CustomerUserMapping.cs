using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Application.Identity.CustomerUsers;

namespace Groupus.Api.Identity;

public static class CustomerUserMapping
{
    public static CustomerUser ToProto(this CustomerUserDto user) => new()
    {
        Id = user.Id.ToString(),
        OrganisationId = user.OrganisationId.ToString(),
        Username = user.Username,
        DisplayName = user.DisplayName,
        WorkEmail = user.WorkEmail,
        WorkPhone = user.WorkPhone ?? "",
        Role = user.Role,
        LockedOut = user.LockedOut,
        PasswordChangeRequired = user.PasswordChangeRequired,
        Version = user.Version,
    };
}
