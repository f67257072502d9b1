using System.CommandLine;
using Groupus.Cli.Credentials;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Auth;

internal sealed class WhoAmICommand : Command
{
    public WhoAmICommand(CommandRunner runner)
        : base("whoami", "Show who you are logged in as (from the saved session; the server is not called)")
    {
        runner.SetAction(this, context =>
        {
            var session = context.RequireSession();
            context.Output.Show(SessionSummary.Of(session), CredentialsJsonContext.Default.SessionSummary,
                Say.Line($"Username: {session.Username}"),
                Say.Line($"Roles:    {string.Join(", ", session.Roles)}"),
                Say.Line($"Server:   {session.Server}"),
                Say.Line($"Expires:  {(session.ExpiresAt is null ? "not stated by the server" : context.Time.Full(session.ExpiresAt))}"));
            return Task.CompletedTask;
        });
    }
}
