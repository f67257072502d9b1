using Groupus.Api.Grpc.Accounts.V1;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class CustomerUserTable
{
    public static IRenderable Of(IReadOnlyCollection<CustomerUser> users) =>
        TableBuilder.Build(users, "No users.",
            ("User", u => u.Id),
            ("Username", u => u.Username),
            ("Name", u => u.DisplayName),
            ("E-mail", u => u.WorkEmail),
            ("Phone", u => u.WorkPhone),
            ("Role", u => u.Role),
            ("Locked out", u => u.LockedOut ? "yes" : ""),
            ("Must change password", u => u.PasswordChangeRequired ? "yes" : ""));

    public static IRenderable Of(CustomerUser user) => Of([user]);
}
