using Groupus.Api.Grpc.Auth.V1;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class StaffTable
{
    public static IRenderable Of(IReadOnlyCollection<StaffMember> staff) =>
        TableBuilder.Build(staff, "No staff members.",
            ("Username", member => member.Username),
            ("Name", member => member.DisplayName),
            ("Roles", member => string.Join(", ", member.Roles)),
            ("Locked out", member => YesOrBlank(member.LockedOut)),
            ("Must change password", member => YesOrBlank(member.PasswordChangeRequired)));

    public static IRenderable Of(StaffMember member) => Of([member]);

    private static string YesOrBlank(bool value) => value ? "yes" : string.Empty;
}
