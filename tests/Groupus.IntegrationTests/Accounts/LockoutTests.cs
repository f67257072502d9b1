using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts;

/// <summary>
/// Parallel guesses all count and get no more verdicts than the limit; a locked account answers exactly like an unknown
/// name; parallel correct sign-ins all succeed; a second admin lifts a lockout.
/// </summary>
public sealed class LockoutTests
{
    [Fact]
    public async Task Forty_parallel_wrong_guesses_are_all_audited_and_no_more_than_the_limit_are_judged()
    {
        await using var server = await TestServer.StartAsync(settings: "Accounts:MaxFailedLogins=5");
        var admin = await server.AdminAsync();
        await server.StaffAsync("rita", "reception");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = $"parallel guess {i}" }))));
        var ritaId = (await admin.Staff.ListStaffAsync(new ListStaffRequest(), admin.Headers)).Staff.Single(s => s.Username == "rita").Id;
        var outcomes = (await AuditAsync(server, admin, ritaId)).Events.Select(e => e.Outcome).ToList();

        Assert.All(answers, answer => Assert.Equal(StatusCode.Unauthenticated, answer.StatusCode));
        Assert.Equal(4, outcomes.Count(o => o == "WrongPassword"));
        Assert.Equal(1, outcomes.Count(o => o == "WrongPasswordAccountLocked"));
        Assert.Equal(35, outcomes.Count(o => o == "RefusedWhileLocked"));
    }

    [Fact]
    public async Task A_locked_account_answers_like_an_unknown_name()
    {
        await using var server = await TestServer.StartAsync();
        await server.StaffAsync("rita", "reception");
        var auth = new AuthService.AuthServiceClient(server.Channel);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = $"wrong guess {attempt}" }));
        }

        var locked = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword }));
        var unknown = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "nobody-at-all", Password = TestServer.StrongPassword }));

        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal(unknown.Message, locked.Message);
        Assert.Equal(unknown.Reason, locked.Reason);
    }

    [Fact]
    public async Task Parallel_correct_sign_ins_to_one_account_all_succeed()
    {
        await using var server = await TestServer.StartAsync();
        await server.StaffAsync("rita", "reception");
        var auth = new AuthService.AuthServiceClient(server.Channel);

        var logins = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            auth.LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword }).ResponseAsync));

        Assert.All(logins, login => Assert.NotEmpty(login.AccessToken));
    }

    [Fact]
    public async Task A_second_admin_unlocks_a_locked_out_admin()
    {
        await using var server = await TestServer.StartAsync();
        var second = await server.StaffAsync("ada", "admin");
        var auth = new AuthService.AuthServiceClient(server.Channel);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "admin", Password = $"attacker guess {attempt}" }));
        }

        var lockedOut = await RpcFailure.Of(() => auth.LoginAsync(new LoginRequest { Username = "admin", Password = TestServer.StrongPassword }));
        var unlocked = await second.Staff.UnlockStaffMemberAsync(new UnlockStaffMemberRequest { Username = "admin" }, second.Headers);
        var back = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = TestServer.StrongPassword });

        Assert.Equal(StatusCode.Unauthenticated, lockedOut.StatusCode);
        Assert.False(unlocked.LockedOut);
        Assert.NotEmpty(back.AccessToken);
    }

    private static async Task<ListSignInEventsResponse> AuditAsync(TestServer server, StaffSession admin, string accountId) =>
        await new SignInAuditService.SignInAuditServiceClient(server.Channel).ListSignInEventsAsync(new ListSignInEventsRequest
        {
            From = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(-5)),
            To = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(5)),
            AccountId = accountId,
            Limit = 1000,
        }, admin.Headers);
}
