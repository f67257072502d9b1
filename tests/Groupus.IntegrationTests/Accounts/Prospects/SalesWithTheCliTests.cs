using System.Text.Json;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Accounts.Prospects;

/// <summary>The staff tool against the real server: prospects, marketing consent and resellers.</summary>
public sealed class SalesWithTheCliTests
{
    [Fact]
    public async Task The_cli_follows_up_a_prospect_records_and_withdraws_consent_and_manages_a_reseller()
    {
        await using var server = await TestServer.StartAsync();
        await server.AdminAsync();
        var cli = new CliProcess(server.Address);
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "admin", "--password-stdin"));

        var added = await Expect(0, cli.RunAsync(null, "prospects", "add", "--kind", "quote", "--source", "phone", "--company", "Engines Ltd",
            "--contact", "Ada Lovelace", "--email", "ada@engines.example.com", "--phone", "020 7946 0000", "--country", "GB",
            "--revenue", "1m-10m", "--employees", "40", "--timeframe", "within-3-months", "--enquiry", "Hosted PBX for 40 seats", "--output", "json"));
        var prospectId = Property(added, "id");
        await Expect(0, cli.RunAsync(null, "prospects", "follow-up", "--prospect", prospectId, "--status", "contacted", "--note", "Called back"));
        var refused = await Expect(8, cli.RunAsync(null, "prospects", "follow-up", "--prospect", prospectId, "--status", "converted"));
        Assert.Contains("contacted to converted", refused.Error, StringComparison.Ordinal);
        var shown = await Expect(0, cli.RunAsync(null, "prospects", "show", "--prospect", prospectId));
        Assert.Contains("Called back", shown.Output, StringComparison.Ordinal);
        var listed = await Expect(0, cli.RunAsync(null, "prospects", "list", "--status", "contacted", "--output", "json"));
        Assert.Contains(prospectId, listed.Output, StringComparison.Ordinal);

        await Expect(0, cli.RunAsync(null, "marketing", "subscribe", "--email", "ada@engines.example.com", "--method", "phone",
            "--notice-version", "2026-01", "--wording", "Send me Groupus product news by e-mail."));
        var status = await Expect(0, cli.RunAsync(null, "marketing", "status", "--email", "ada@engines.example.com", "--output", "json"));
        var token = Property(status, "unsubscribeToken");
        await Expect(0, cli.RunAsync(null, "logout"));
        var unsubscribed = await Expect(0, cli.RunAsync(null, "marketing", "unsubscribe", "--token", token));
        Assert.Contains("Unsubscribed.", unsubscribed.Output, StringComparison.Ordinal);
        var twice = await Expect(0, cli.RunAsync(null, "marketing", "unsubscribe", "--token", token));
        Assert.Contains("Already unsubscribed", twice.Output, StringComparison.Ordinal);
        var forged = await Expect(5, cli.RunAsync(null, "marketing", "unsubscribe", "--token", token[..^2] + (token.EndsWith("xx", StringComparison.Ordinal) ? "yy" : "xx")));
        Assert.Contains("token: is not a valid unsubscribe token", forged.Error, StringComparison.Ordinal);
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "admin", "--password-stdin"));

        var reseller = await Expect(0, cli.RunAsync(null, "resellers", "add", "--name", "Voice Partners Ltd", "--kind", "reseller", "--email", "p@vp.example.com",
            "--phone", "0161 496 0000", "--agreement", "RA-1", "--line1", "1 Deansgate", "--town", "Manchester", "--postcode", "M3 1AA", "--output", "json"));
        var duplicate = await Expect(7, cli.RunAsync(null, "resellers", "add", "--name", "Copycat Ltd", "--kind", "reseller", "--email", "c@cc.example.com",
            "--phone", "0161 496 0001", "--agreement", "ra-1", "--line1", "2 Deansgate", "--town", "Manchester", "--postcode", "M3 1AA"));
        Assert.Contains("RA-1", duplicate.Error, StringComparison.Ordinal);
        await Expect(0, cli.RunAsync(null, "resellers", "update", "--reseller", Property(reseller, "id"), "--status", "suspended", "--kind", "distributor"));
        var resellers = await Expect(0, cli.RunAsync(null, "resellers", "list", "--kind", "distributor"));
        Assert.Contains("suspended", resellers.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("ada@engines", StringComparison.OrdinalIgnoreCase));
    }

    private static string Property(CliRun run, string name) => JsonDocument.Parse(run.Output).RootElement.GetProperty(name).GetString()!;

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
