using System.CommandLine;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Password;

internal sealed class ChangePasswordCommand : Command
{
    private readonly Option<bool> passwordStdin = PasswordStdinOption.Create("the current password, then on a second line the new one,");

    public ChangePasswordCommand(CommandRunner runner)
        : base("change", "Change your own password")
    {
        Options.Add(passwordStdin);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var passwords = context.Passwords(context.Get(passwordStdin));
            var request = new ChangePasswordRequest
            {
                CurrentPassword = passwords.Existing("Current password"),
                NewPassword = passwords.New("New password"),
            };
            var response = await client.Auth.ChangePasswordAsync(request);

            // A password change ends every session opened with the old password, this one included.
            context.Credentials.Delete();
            context.Output.Show(response, Say.Line("Password changed. Every session, this one included, has ended: log in again with the new password."));
        });
    }
}
