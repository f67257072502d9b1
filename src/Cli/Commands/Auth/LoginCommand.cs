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
    private readonly Option<bool> customer = new("--customer") { Description = "Log in as a user of a customer organisation (not staff)" };
    private readonly Option<string> organisation = new("--org")
    {
        Description = "With --customer: your organisation's id (usernames are unique within an organisation only)",
    };
    private readonly Option<bool> passwordStdin =
        PasswordStdinOption.Create("the password, then on a second line the new password if a change is required,");

    public LoginCommand(CommandRunner runner)
        : base("login", "Log in and save the session for the following commands")
    {
        Options.Add(username);
        Options.Add(customer);
        Options.Add(organisation);
        Options.Add(passwordStdin);
        Validators.Add(result =>
        {
            if (result.GetValue(customer) && string.IsNullOrWhiteSpace(result.GetValue(organisation)))
            {
                result.AddError("--customer needs --org: the id of your organisation.");
            }
        });
        runner.SetAction(this, LoginAsync);
    }

    private async Task LoginAsync(CommandContext context)
    {
        var passwords = context.Passwords(context.Get(passwordStdin));
        var request = new LoginRequest
        {
            Username = context.Get(username),
            Password = passwords.Existing("Password"),
            OrganisationId = context.Get(customer) ? context.Get(organisation) ?? "" : "",
        };

        using var client = context.ConnectAnonymously();
        var session = context.Get(customer)
            ? await LogInCustomerAsync(context, client, request, passwords)
            : await LogInStaffAsync(context, client, request, passwords);
        context.Credentials.Save(session);

        context.Output.Show(SessionSummary.Of(session), CredentialsJsonContext.Default.SessionSummary,
            Say.Line($"Logged in to {session.Server} as {session.Username} ({RoleList(session.Roles)})."),
            Say.Line($"The session expires at {context.Time.Full(session.ExpiresAt)}."));
    }

    private static async Task<StoredCredentials> LogInStaffAsync(CommandContext context, GroupusClient client, LoginRequest request, PasswordReader passwords)
    {
        var response = await SendAsync(client.Auth.LoginAsync, request, passwords);
        return new StoredCredentials(
            context.Server.Text,
            string.IsNullOrEmpty(response.Username) ? request.Username : response.Username,
            [.. response.Roles],
            response.AccessToken,
            response.ExpiresAt?.ToDateTimeOffset());
    }

    private static async Task<StoredCredentials> LogInCustomerAsync(CommandContext context, GroupusClient client, LoginRequest request, PasswordReader passwords)
    {
        var response = await SendAsync(client.Auth.LoginCustomerAsync, request, passwords);
        return new StoredCredentials(
            context.Server.Text, response.Username, [response.Role], response.AccessToken, response.ExpiresAt?.ToDateTimeOffset(), response.OrganisationId);
    }

    private static async Task<TResponse> SendAsync<TResponse>(
        Func<LoginRequest, Grpc.Core.Metadata?, DateTime?, CancellationToken, AsyncUnaryCall<TResponse>> login, LoginRequest request, PasswordReader passwords)
    {
        try
        {
            try
            {
                return await login(request, null, null, default);
            }
            catch (RpcException exception) when (PasswordChangeRequired.Matches(exception))
            {
                passwords.Explain("You must choose a new password before you can log in.");
                request.NewPassword = passwords.New("New password");
                return await login(request, null, null, default);
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
