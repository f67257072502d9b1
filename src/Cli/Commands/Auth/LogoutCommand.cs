using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Auth;

internal sealed class LogoutCommand : Command
{
    public LogoutCommand(CommandRunner runner)
        : base("logout", "Forget the saved session")
    {
        runner.SetAction(this, context =>
        {
            var forgotten = context.Credentials.Delete();
            context.Output.Show(new Empty(), Say.Line(forgotten ? "Logged out." : "You were not logged in."));
            return Task.CompletedTask;
        });
    }
}
