using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

public sealed class StaffLoginTests
{
    [Fact]
    public async Task First_run_writes_the_one_time_admin_password_to_an_owner_only_file_and_logs_only_where()
    {
        await using var server = await TestServer.StartAsync();
        var file = Path.Combine(server.DataDirectory, "initial-password-admin.txt");
        var password = server.InitialAdminPassword();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains(server.Logs.Lines, line => line.Contains(file, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_one_time_password_must_be_changed_at_first_login_and_its_file_then_disappears()
    {
        await using var server = await TestServer.StartAsync();
        var auth = new AuthService.AuthServiceClient(server.Channel);
        var oneTime = server.InitialAdminPassword();

        var refused = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "admin", Password = oneTime }));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("PASSWORD_CHANGE_REQUIRED", refused.Reason);
        Assert.True(refused.Violations.ContainsKey("new_password"));

        var weak = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "admin", Password = oneTime, NewPassword = "short" }));
        Assert.Equal(StatusCode.InvalidArgument, weak.StatusCode);
        Assert.Contains("at least 12 characters", weak.Violations["new_password"], StringComparison.Ordinal);

        var login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = oneTime, NewPassword = TestServer.StrongPassword });
        Assert.Equal(["admin"], login.Roles);
        Assert.False(File.Exists(Path.Combine(server.DataDirectory, "initial-password-admin.txt")));

        var again = await auth.LoginAsync(new LoginRequest { Username = "ADMIN", Password = TestServer.StrongPassword });
        Assert.NotEmpty(again.AccessToken);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_without_logging_the_passwords()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await server.StaffAsync("rita", "reception");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = $"guess-number-{attempt}" }));
            Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        }

        var locked = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword }));
        var unknown = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "nobody-here", Password = TestServer.StrongPassword }));
        Assert.Equal(StatusCode.Unauthenticated, locked.StatusCode);
        Assert.Equal(unknown.Message, locked.Message);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("guess-number", StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.Contains("locked after repeated failed logins", StringComparison.Ordinal));

        var unlocked = await admin.Staff.UnlockStaffMemberAsync(new UnlockStaffMemberRequest { Username = "rita" }, admin.Headers);
        Assert.False(unlocked.LockedOut);
        Assert.NotEmpty((await auth.LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword })).AccessToken);
    }

    [Fact]
    public async Task Every_sign_in_attempt_is_audited_by_account_and_outcome_never_by_what_was_typed()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await server.StaffAsync("rita", "reception");
        var auth = new AuthService.AuthServiceClient(server.Channel);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = $"guess-number-{attempt}" }));
        }

        await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword }));
        await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "mallory", Password = "whatever-it-is" }));

        var audit = await new SignInAuditService.SignInAuditServiceClient(server.Channel).ListSignInEventsAsync(new ListSignInEventsRequest
        {
            From = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(-5)),
            To = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(5)),
        }, admin.Headers);
        var outcomes = audit.Events.Reverse().Select(e => e.Outcome).ToList();

        Assert.Equal(
            ["WrongPassword", "WrongPassword", "WrongPassword", "WrongPassword", "WrongPasswordAccountLocked", "RefusedWhileLocked", "UnknownAccount"],
            outcomes.TakeLast(7));
        Assert.Equal("", audit.Events.First().AccountId);
        Assert.DoesNotContain("mallory", audit.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("guess-number", audit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_username_gets_the_same_answer_as_a_wrong_password()
    {
        await using var server = await TestServer.StartAsync();
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var unknown = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "mallory", Password = "whatever-it-is" }));
        var wrong = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "admin", Password = "whatever-it-is" }));

        Assert.Equal(StatusCode.Unauthenticated, unknown.StatusCode);
        Assert.Equal(wrong.Message, unknown.Message);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("mallory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_the_reason()
    {
        var nineHoursAgo = new SettableClock(DateTimeOffset.UtcNow.AddHours(-9));
        await using var server = await TestServer.StartAsync(clock: nineHoursAgo);
        var admin = await server.AdminAsync();

        var failure = await RpcFailure.Of(() => admin.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), admin.Headers));

        Assert.Equal(StatusCode.Unauthenticated, failure.StatusCode);
        Assert.Contains("expired", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_staff_rejects_duplicates_unknown_roles_and_weak_passwords_without_storing_anything()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await admin.Staff.CreateStaffMemberAsync(
            new CreateStaffMemberRequest { Username = "rita", DisplayName = "Rita", Roles = { "reception" }, InitialPassword = "a long enough password" },
            admin.Headers);
        var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_staff");

        var duplicate = await RpcFailure.Of(() => admin.Staff.CreateStaffMemberAsync(
            new CreateStaffMemberRequest { Username = "Rita", DisplayName = "Other Rita", Roles = { "reception" }, InitialPassword = "a long enough password" },
            admin.Headers));
        var invalid = await RpcFailure.Of(() => admin.Staff.CreateStaffMemberAsync(
            new CreateStaffMemberRequest { Username = "x y", DisplayName = "", Roles = { "janitor" }, InitialPassword = "aaaaaaaaaaaaaaaa" },
            admin.Headers));

        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["display_name", "initial_password", "roles[0]", "username"], invalid.Violations.Keys.Order());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_staff"));
    }
}
