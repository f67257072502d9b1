using System.CommandLine;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Password;

internal sealed class ResetPasswordCommand : Command
{
    private readonly Option<string> token = new("--token") { Description = "The reset token you were given", Required = true };
    private readonly Option<bool> passwordStdin = PasswordStdinOption.Create("the new password");

    public ResetPasswordCommand(CommandRunner runner)
        : base("reset", "Choose a new password with a reset token (no login needed)")
    {
        Options.Add(token);
        Options.Add(passwordStdin);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAnonymously();
            await client.Auth.ResetPasswordAsync(new ResetPasswordRequest
            {
                Token = context.Get(token),
                NewPassword = context.Passwords(context.Get(passwordStdin)).New("New password"),
            });
            context.Output.Show(new ResetPasswordResponse(), Say.Line("Password changed. Log in with: groupus login --customer --username <you>"));
        });
    }
}
