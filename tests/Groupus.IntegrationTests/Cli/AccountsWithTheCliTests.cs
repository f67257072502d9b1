using System.Text.Json;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Cli;

public sealed class AccountsWithTheCliTests
{
    [Fact]
    public async Task Staff_onboard_a_customer_whose_owner_then_manages_users_and_a_forgotten_password_with_the_cli()
    {
        await using var server = await TestServer.StartAsync();
        await server.StaffAsync("sue", "support");
        var staff = new CliProcess(server.Address);
        var customer = new CliProcess(server.Address);
        const string strong = "a strong new password";

        await Expect(0, staff.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "sue", "--password-stdin"));
        var registered = await Expect(0, staff.RunAsync(null, "orgs", "register", "--name", "Acme Widgets Ltd", "--company-number", "01234567",
            "--billing-line1", "1 High Street", "--billing-town", "London", "--billing-postcode", "sw1a1aa", "--output", "json"));
        var organisationId = JsonDocument.Parse(registered.Output).RootElement.GetProperty("id").GetString()!;
        await Expect(0, staff.RunAsync("initial password 123\n", "users", "create", "--org", organisationId, "--username", "olivia",
            "--name", "Olivia Owner", "--email", "olivia@acme.example", "--phone", "020 7946 0000", "--role", "owner", "--password-stdin"));

        await Expect(0, customer.RunAsync($"initial password 123\n{strong}\n", "login", "--customer", "--org", organisationId, "--username", "olivia", "--password-stdin"));
        var own = await Expect(0, customer.RunAsync(null, "orgs", "show"));
        Assert.Contains("Acme Widgets Ltd", own.Output, StringComparison.Ordinal);
        await Expect(0, customer.RunAsync("initial password 123\n", "users", "create", "--username", "mark", "--name", "Mark",
            "--email", "mark@acme.example", "--role", "member", "--password-stdin"));
        var users = await Expect(0, customer.RunAsync(null, "users", "list", "--output", "json"));
        var markId = JsonDocument.Parse(users.Output).RootElement.GetProperty("users").EnumerateArray()
            .Single(u => u.GetProperty("username").GetString() == "mark").GetProperty("id").GetString()!;
        var notTheirs = await Expect(6, customer.RunAsync(null, "orgs", "show", "--org", Guid.NewGuid().ToString()));
        Assert.Contains("not found", notTheirs.Error, StringComparison.Ordinal);
        await Expect(4, customer.RunAsync(null, "orgs", "list"));

        var issued = await Expect(0, customer.RunAsync(null, "users", "reset-token", "--user", markId, "--output", "json"));
        var token = JsonDocument.Parse(issued.Output).RootElement.GetProperty("token").GetString()!;
        var mark = new CliProcess(server.Address);
        await Expect(0, mark.RunAsync("a passphrase of his own\n", "password", "reset", "--token", token, "--password-stdin"));
        await Expect(8, mark.RunAsync("another passphrase 9\n", "password", "reset", "--token", token, "--password-stdin"));
        await Expect(0, mark.RunAsync("a passphrase of his own\n", "login", "--customer", "--org", organisationId, "--username", "mark", "--password-stdin"));
    }

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
