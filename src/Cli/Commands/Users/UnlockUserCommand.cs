using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Users;

internal sealed class UnlockUserCommand : Command
{
    private readonly Option<string> user = new("--user") { Description = "The user's id", Required = true };

    public UnlockUserCommand(CommandRunner runner)
        : base("unlock", "Clear a user's lockout after repeated failed logins")
    {
        Options.Add(user);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var unlocked = await client.CustomerUsers.UnlockCustomerUserAsync(new UnlockCustomerUserRequest { UserId = context.Get(user) });
            context.Output.Show(unlocked, Say.Line($"Unlocked {unlocked.Username}."), CustomerUserTable.Of(unlocked));
        });
    }
}
