using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Cli;

/// <summary>The staff tool as a newcomer uses it: a separate process talking gRPC to the real server.</summary>
public sealed class ReceptionDayWithTheCliTests
{
    [Fact]
    public async Task The_cli_logs_in_and_runs_a_whole_reception_day()
    {
        await using var server = await TestServer.StartAsync();
        var cli = new CliProcess(server.Address);
        const string strong = "a strong new password";

        await Expect(0, cli.RunAsync($"{server.InitialAdminPassword()}\n{strong}\n", "login", "--username", "admin", "--password-stdin"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(cli.ConfigHome, "groupus", "credentials.json")));
        await Expect(0, cli.RunAsync("initial password 123\n", "staff", "create", "--username", "rita", "--name", "Rita Reception", "--role", "reception", "--password-stdin"));
        await Expect(0, cli.RunAsync(null, "logout"));
        await Expect(0, cli.RunAsync($"initial password 123\n{strong}\n", "login", "--username", "rita", "--password-stdin"));

        // Two hours ahead may be tomorrow (late in the evening), so the list asked for is that instant's day.
        var expectedAt = DateTimeOffset.Now.AddHours(2);
        await Expect(0, cli.RunAsync(null, "visitors", "preregister", "--name", "Ada Lovelace", "--company", "Engines", "--host", "admin",
            "--expected", expectedAt.ToString("yyyy-MM-ddTHH:mmzzz"), "--purpose", "Review"));
        var expected = await Expect(0, cli.RunAsync(null, "visitors", "expected", "--day", expectedAt.ToString("yyyy-MM-dd"), "--output", "json"));
        Assert.Contains("Ada Lovelace", expected.Output, StringComparison.Ordinal);

        await Expect(0, cli.RunAsync(null, "visitors", "signin", "--name", "Grace Hopper", "--company", "Compilers", "--host", "admin", "--purpose", "Interview", "--badge", "5"));
        var onSite = await Expect(0, cli.RunAsync(null, "visitors", "onsite", "--output", "json"));
        Assert.Contains("Grace Hopper", onSite.Output, StringComparison.Ordinal);
        var rollCall = await Expect(0, cli.RunAsync(null, "visitors", "rollcall"));
        Assert.Contains("1 on site", rollCall.Output, StringComparison.Ordinal);

        await Expect(0, cli.RunAsync(null, "visitors", "signout", "--badge", "5"));
        var again = await Expect(6, cli.RunAsync(null, "visitors", "signout", "--badge", "5"));
        Assert.Contains("badge 5", again.Error, StringComparison.Ordinal);

        var history = await Expect(0, cli.RunAsync(null, "visitors", "history", "--from", DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd"),
            "--to", DateTime.Now.AddDays(1).ToString("yyyy-MM-dd"), "--all", "--output", "json"));
        Assert.Contains("Grace Hopper", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reports_refusals_with_stable_exit_codes_and_field_violations()
    {
        await using var server = await TestServer.StartAsync();
        await server.StaffAsync("rita", "reception");
        var cli = new CliProcess(server.Address);

        await Expect(3, cli.RunAsync(null, "visitors", "onsite"));
        await Expect(3, cli.RunAsync("wrong password\n", "login", "--username", "rita", "--password-stdin"));
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "rita", "--password-stdin"));

        var forbidden = await Expect(4, cli.RunAsync(null, "visitors", "retention-runs"));
        Assert.Contains("admin, privacy-officer", forbidden.Error, StringComparison.Ordinal);
        var unknownHost = await Expect(5, cli.RunAsync(null, "visitors", "signin", "--name", "Ada", "--company", "X", "--host", "nobody", "--purpose", "Meeting", "--badge", "1"));
        Assert.Contains("host_username: no member of staff", unknownHost.Error, StringComparison.Ordinal);
        await Expect(6, cli.RunAsync(null, "visitors", "signout", "--visit", Guid.NewGuid().ToString()));
        var preRegistered = await Expect(0, cli.RunAsync(null, "visitors", "preregister", "--name", "Ada", "--company", "X", "--host", "rita",
            "--expected", DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mmzzz"), "--output", "json"));
        var visitId = System.Text.Json.JsonDocument.Parse(preRegistered.Output).RootElement.GetProperty("id").GetString()!;
        var neverSignedIn = await Expect(8, cli.RunAsync(null, "visitors", "signout", "--visit", visitId));
        Assert.Contains("never signed in", neverSignedIn.Error, StringComparison.Ordinal);
    }

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
