using System.CommandLine;
using Grpc.Core;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Credentials;
using Groupus.Cli.Errors;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Auth;

internal sealed class LoginCommand : Command
{
    private readonly Option<string> username = new("--username", "-u") { Description = "Your staff username", Required = true };
    private readonly Option<bool> passwordStdin =
        PasswordStdinOption.Create("the password, then on a second line the new password if a change is required,");

    public LoginCommand(CommandRunner runner)
        : base("login", "Log in and save the session for the following commands")
    {
        Options.Add(username);
        Options.Add(passwordStdin);
        runner.SetAction(this, LoginAsync);
    }

    private async Task LoginAsync(CommandContext context)
    {
        var passwords = context.Passwords(context.Get(passwordStdin));
        var request = new LoginRequest { Username = context.Get(username), Password = passwords.Existing("Password") };

        using var client = context.ConnectAnonymously();
        var response = await SendAsync(client, request, passwords);

        var session = new StoredCredentials(
            context.Server.Text,
            string.IsNullOrEmpty(response.Username) ? request.Username : response.Username,
            [.. response.Roles],
            response.AccessToken,
            response.ExpiresAt?.ToDateTimeOffset());
        context.Credentials.Save(session);

        context.Output.Show(SessionSummary.Of(session), CredentialsJsonContext.Default.SessionSummary,
            Say.Line($"Logged in to {session.Server} as {session.Username} ({RoleList(session.Roles)})."),
            Say.Line($"The session expires at {context.Time.Full(session.ExpiresAt)}."));
    }

    private static async Task<LoginResponse> SendAsync(GroupusClient client, LoginRequest request, PasswordReader passwords)
    {
        try
        {
            try
            {
                return await client.Auth.LoginAsync(request);
            }
            catch (RpcException exception) when (PasswordChangeRequired.Matches(exception))
            {
                passwords.Explain("You must choose a new password before you can log in.");
                request.NewPassword = passwords.New("New password");
                return await client.Auth.LoginAsync(request);
            }
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unauthenticated)
        {
            var reason = string.IsNullOrWhiteSpace(exception.Status.Detail) ? "wrong username or password." : exception.Status.Detail;
            throw new CliFailure(ExitCodes.Unauthenticated, $"Login failed: {reason}");
        }
    }

    private static string RoleList(IReadOnlyList<string> roles) => roles.Count == 0 ? "no roles" : string.Join(", ", roles);
}
