using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Users;

internal sealed class ResetTokenCommand : Command
{
    private readonly Option<string> user = new("--user") { Description = "The user's id", Required = true };

    public ResetTokenCommand(CommandRunner runner)
        : base("reset-token", "Issue a single-use password reset token to hand to the user")
    {
        Options.Add(user);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var token = await client.CustomerUsers.IssuePasswordResetTokenAsync(new IssuePasswordResetTokenRequest { UserId = context.Get(user) });
            context.Output.Show(token,
                Say.Line($"Reset token (valid until {context.Time.Full(token.ExpiresAt)}, once):"),
                Say.Line(token.Token),
                Say.Line("The user runs: groupus password reset --token <token>"));
        });
    }
}
