using System.Text.Json;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>The privacy officer at the real <c>groupus</c> CLI, signed in to a test server.</summary>
internal sealed class OfficerCli
{
    private readonly CliProcess _cli;

    private OfficerCli(CliProcess cli) => _cli = cli;

    public static async Task<OfficerCli> SignInAsync(TestServer server, string username)
    {
        var officer = new OfficerCli(new CliProcess(server.Address));
        await officer.RunAsync(0, $"{TestServer.StrongPassword}\n", "login", "--username", username, "--password-stdin");
        return officer;
    }

    public async Task<CliRun> RunAsync(int exitCode, string? standardInput, params string[] args)
    {
        var run = await _cli.RunAsync(standardInput, args);
        Assert.True(run.ExitCode == exitCode, $"Expected exit {exitCode} from {string.Join(' ', args)}; got {run}");
        return run;
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(0, null, args);

    /// <summary>Runs with <c>-o json</c> and parses what it printed.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse((await RunAsync([.. args, "--output", "json"])).Output).RootElement.Clone();

    public async Task<string> SubjectOfAsync(string email) =>
        (await JsonAsync("privacy", "subjects", "find", "--email", email)).GetProperty("matches")[0].GetProperty("subjectId").GetString()!;

    public async Task<string> NewRequestAsync(string subject, string type, string email, params string[] more) =>
        (await JsonAsync(["privacy", "requests", "new", "--subject", subject, "--type", type, "--channel", "email", "--email", email, .. more]))
            .GetProperty("request").GetProperty("id").GetString()!;

    /// <summary>Sends a code by e-mail, reads it from the pickup directory as the person would, and gives it back.</summary>
    public async Task VerifyAsync(string requestId, string outgoingMail)
    {
        var before = Directory.Exists(outgoingMail) ? Directory.GetFiles(outgoingMail, "*.eml").ToHashSet() : [];
        await RunAsync("privacy", "requests", "verify", requestId, "--send-to", "email");
        var file = Directory.GetFiles(outgoingMail, "*.eml").Single(f => !before.Contains(f));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        var code = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"\b(\d{6,})\b").Groups[1].Value;
        await RunAsync("privacy", "requests", "verify", requestId, "--code", code);
    }
}
