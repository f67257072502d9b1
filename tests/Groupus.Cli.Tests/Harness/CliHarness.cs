extern alias cli;

using cli::Groupus.Cli;

namespace Groupus.Cli.Tests.Harness;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the real CLI entry point in-process with captured stdout/stderr, a private config home (as $XDG_CONFIG_HOME),
/// a fixed clock and time zone, and optionally a scripted terminal prompt.
/// </summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness(string server)
    {
        Server = server;
        ConfigHome = Directory.CreateTempSubdirectory("groupus-cli-tests-").FullName;
    }

    /// <summary>What $GROUPUS_SERVER holds; null when unset.</summary>
    public string? Server { get; set; }

    public string ConfigHome { get; }

    public string CredentialsPath => Path.Combine(ConfigHome, "groupus", "credentials.json");

    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero));

    public ScriptedPrompt? Prompt { get; set; }

    /// <summary>Whether the tool believes a person watches stdout on a terminal (live progress instead of lines).</summary>
    public bool Interactive { get; set; }

    public Task<CliResult> RunAsync(string[] args, string? standardInput = null) => RunAsync(args, standardInput, CancellationToken.None);

    /// <param name="cancellationToken">Cancelling it is what Ctrl+C does.</param>
    public async Task<CliResult> RunAsync(string[] args, string? standardInput, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Input = new StringReader(standardInput ?? string.Empty),
            Output = output,
            Error = error,
            ConfigHome = ConfigHome,
            ServerFromEnvironment = Server,
            TimeZone = TimeZone,
            Clock = Clock,
            SecretPrompt = Prompt,
            OutputWidth = 250,
            IsInteractive = Interactive,
        };
        var exitCode = await CliApp.RunAsync(args, environment, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, standardInput: null);

    public void Dispose() => Directory.Delete(ConfigHome, recursive: true);
}
