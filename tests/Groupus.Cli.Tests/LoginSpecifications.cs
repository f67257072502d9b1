using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class LoginSpecifications : CliSpecification
{
    [Fact]
    public async Task Login_saves_the_token_in_a_file_only_the_user_can_read_and_sends_it_on_later_calls()
    {
        Backend.On<LoginRequest, LoginResponse>(_ => SessionFor("alice", "reception"));
        Backend.On<ListOnSiteRequest, ListVisitsResponse>(_ => new ListVisitsResponse());

        var login = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "correct horse\n");
        var onSite = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(0, login.ExitCode);
        Assert.Contains("Logged in", login.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Cli.CredentialsPath));
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.GetDirectoryName(Cli.CredentialsPath)!));
        }

        using var saved = JsonDocument.Parse(File.ReadAllText(Cli.CredentialsPath));
        Assert.Equal(Token, saved.RootElement.GetProperty("accessToken").GetString());
        Assert.Equal("alice", saved.RootElement.GetProperty("username").GetString());
        Assert.Equal(Server.Address, saved.RootElement.GetProperty("server").GetString());

        var loginRequest = Assert.Single(Backend.RequestsOf<LoginRequest>());
        Assert.Equal(("alice", "correct horse"), (loginRequest.Username, loginRequest.Password));
        Assert.Null(Backend.Calls.Single(call => call.Request is LoginRequest).Authorization);

        Assert.Equal(0, onSite.ExitCode);
        Assert.Equal($"Bearer {Token}", Backend.Calls.Single(call => call.Request is ListOnSiteRequest).Authorization);
    }

    [Fact]
    public async Task Login_that_requires_a_password_change_sends_the_new_password_from_the_second_stdin_line()
    {
        Backend.On<LoginRequest, LoginResponse>(request => request.NewPassword.Length == 0
            ? throw PasswordChangeRequired(reason: "PASSWORD_CHANGE_REQUIRED", message: "Not allowed yet.")
            : SessionFor("admin", "admin"));

        var login = await Cli.RunAsync(["login", "--username", "admin", "--password-stdin"], "one-time-pw\nMy new passphrase\n");

        Assert.Equal(0, login.ExitCode);
        var requests = Backend.RequestsOf<LoginRequest>().ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(("one-time-pw", "My new passphrase"), (requests[1].Password, requests[1].NewPassword));
        Assert.Contains("token-for-admin", File.ReadAllText(Cli.CredentialsPath));
    }

    [Fact]
    public async Task Login_recognises_a_required_password_change_from_the_status_message_alone()
    {
        Backend.On<LoginRequest, LoginResponse>(request => request.NewPassword.Length == 0
            ? throw new RpcException(new Grpc.Core.Status(StatusCode.FailedPrecondition, "A password change is required before logging in."))
            : SessionFor("admin", "admin"));

        var login = await Cli.RunAsync(["login", "--username", "admin", "--password-stdin"], "one-time-pw\nMy new passphrase\n");

        Assert.Equal(0, login.ExitCode);
        Assert.Equal("My new passphrase", Backend.RequestsOf<LoginRequest>().Last().NewPassword);
    }

    [Fact]
    public async Task Login_without_password_stdin_prompts_for_the_password_and_asks_twice_for_a_required_new_one()
    {
        Backend.On<LoginRequest, LoginResponse>(request => request.NewPassword.Length == 0
            ? throw PasswordChangeRequired(reason: "PASSWORD_CHANGE_REQUIRED", message: "Change it.")
            : SessionFor("admin", "admin"));
        Cli.Prompt = new ScriptedPrompt("one-time-pw", "fresh", "fresh");

        var login = await Cli.RunAsync("login", "--username", "admin");

        Assert.Equal(0, login.ExitCode);
        Assert.Equal(["Password", "New password", "Repeat new password"], Cli.Prompt.Asked);
        Assert.Equal("fresh", Backend.RequestsOf<LoginRequest>().Last().NewPassword);
    }

    [Fact]
    public async Task Login_refuses_a_new_password_typed_differently_the_second_time()
    {
        Backend.On<LoginRequest, LoginResponse>(_ => throw PasswordChangeRequired(reason: "PASSWORD_CHANGE_REQUIRED", message: "Change it."));
        Cli.Prompt = new ScriptedPrompt("one-time-pw", "fresh", "frseh");

        var login = await Cli.RunAsync("login", "--username", "admin");

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("do not match", login.Error);
        Assert.Single(Backend.RequestsOf<LoginRequest>());
    }

    [Fact]
    public async Task Login_with_a_wrong_password_exits_3_and_saves_nothing()
    {
        Backend.Fail<LoginRequest>(new RpcException(new Grpc.Core.Status(StatusCode.Unauthenticated, "Invalid username or password.")));

        var login = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "wrong\n");

        Assert.Equal(3, login.ExitCode);
        Assert.Contains("Login failed: Invalid username or password.", login.Error);
        Assert.False(File.Exists(Cli.CredentialsPath));
    }

    [Fact]
    public async Task Login_that_requires_a_password_change_without_a_second_stdin_line_exits_2_and_saves_nothing()
    {
        Backend.On<LoginRequest, LoginResponse>(_ => throw PasswordChangeRequired(reason: "PASSWORD_CHANGE_REQUIRED", message: "Change it."));

        var login = await Cli.RunAsync(["login", "--username", "admin", "--password-stdin"], "one-time-pw\n");

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("new password", login.Error);
        Assert.Single(Backend.RequestsOf<LoginRequest>());
        Assert.False(File.Exists(Cli.CredentialsPath));
    }

    [Fact]
    public async Task Login_refused_by_another_business_rule_prints_the_reason_and_exits_8()
    {
        Backend.Fail<LoginRequest>(new RpcException(new Grpc.Core.Status(StatusCode.FailedPrecondition, "The account is locked after repeated failed logins.")));

        var login = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "pw\n");

        Assert.Equal(8, login.ExitCode);
        Assert.Contains("The account is locked after repeated failed logins.", login.Error);
        Assert.Single(Backend.RequestsOf<LoginRequest>());
    }

    [Fact]
    public async Task An_invalid_GROUPUS_SERVER_is_a_usage_error()
    {
        Cli.Server = "groupus.example";

        var login = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "pw\n");

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("GROUPUS_SERVER", login.Error);
    }

    [Fact]
    public async Task Login_without_a_terminal_or_password_stdin_is_a_usage_error_and_calls_nothing()
    {
        var login = await Cli.RunAsync("login", "--username", "alice");

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("--password-stdin", login.Error);
        Assert.Empty(Backend.Calls);
    }

    [Fact]
    public async Task Logout_deletes_the_saved_session()
    {
        await LoggedInAsAliceAsync();

        var logout = await Cli.RunAsync("logout");
        var afterwards = await Cli.RunAsync("visitors", "onsite");

        Assert.Equal(0, logout.ExitCode);
        Assert.False(File.Exists(Cli.CredentialsPath));
        Assert.Equal(3, afterwards.ExitCode);
    }

    [Fact]
    public async Task Whoami_shows_the_saved_session_without_calling_the_server()
    {
        await LoggedInAsAliceAsync();
        var callsBefore = Backend.Calls.Count;

        var whoami = await Cli.RunAsync("whoami");

        Assert.Equal(0, whoami.ExitCode);
        Assert.Contains("alice", whoami.Output);
        Assert.Contains("reception", whoami.Output);
        Assert.Contains("2026-11-28 17:30", whoami.Output);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    [Fact]
    public async Task Password_change_reads_the_current_and_new_password_from_stdin()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ChangePasswordRequest, ChangePasswordResponse>(_ => new ChangePasswordResponse());

        var change = await Cli.RunAsync(["password", "change", "--password-stdin"], "old secret\nnew secret\n");

        Assert.Equal(0, change.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<ChangePasswordRequest>());
        Assert.Equal(("old secret", "new secret"), (request.CurrentPassword, request.NewPassword));
        Assert.Equal($"Bearer {Token}", Backend.Calls.Last().Authorization);
    }

    private static RpcException PasswordChangeRequired(string reason, string message) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = message,
            Details = { Any.Pack(new ErrorInfo { Reason = reason, Domain = "groupus.auth" }) },
        }.ToRpcException();
}
