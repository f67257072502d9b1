using System.CommandLine;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Staff;

internal sealed class UnlockStaffCommand : Command
{
    private readonly Option<string> username = new("--username") { Description = "The locked-out account", Required = true };

    public UnlockStaffCommand(CommandRunner runner)
        : base("unlock", "Clear a lockout after repeated failed logins (admin only)")
    {
        Options.Add(username);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var member = await client.Staff.UnlockStaffMemberAsync(new UnlockStaffMemberRequest { Username = context.Get(username) });
            context.Output.Show(member, Say.Line($"Unlocked {member.Username}."), StaffTable.Of(member));
        });
    }
}
