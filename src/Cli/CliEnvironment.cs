using Groupus.Cli.Input;

namespace Groupus.Cli;

/// <summary>
/// Everything the tool takes from the world outside its arguments, so that it can run in-process
/// (for example under test) without touching the real console, environment variables or home directory.
/// </summary>
public sealed record CliEnvironment
{
    /// <summary>Wide enough that tables written to files or pipes keep one row per line instead of wrapping at 80.</summary>
    private const int RedirectedOutputWidth = 200;

    public required TextReader Input { get; init; }
    public required TextWriter Output { get; init; }
    public required TextWriter Error { get; init; }

    /// <summary>The XDG config base directory; credentials live in <c>&lt;ConfigHome&gt;/groupus/credentials.json</c>.</summary>
    public required string ConfigHome { get; init; }

    /// <summary>The value of <c>GROUPUS_SERVER</c>, if set.</summary>
    public string? ServerFromEnvironment { get; init; }

    /// <summary>The zone in which times are shown and typed.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Asks for a password without echo; null when there is no terminal to ask on.</summary>
    public ISecretPrompt? SecretPrompt { get; init; }

    public bool UseColor { get; init; }

    /// <summary>A person watches stdout on a terminal, so progress can be redrawn in place instead of printed line by line.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Table width in characters; null to use the terminal's width.</summary>
    public int? OutputWidth { get; init; }

    public static CliEnvironment FromProcess() => new()
    {
        Input = Console.In,
        Output = Console.Out,
        Error = Console.Error,
        ConfigHome = DefaultConfigHome(),
        ServerFromEnvironment = NullIfEmpty(Environment.GetEnvironmentVariable("GROUPUS_SERVER")),
        SecretPrompt = Console.IsInputRedirected ? null : new TerminalSecretPrompt(),
        IsInteractive = !Console.IsOutputRedirected,
        UseColor = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        OutputWidth = Console.IsOutputRedirected ? RedirectedOutputWidth : null,
    };

    private static string DefaultConfigHome()
    {
        var xdgConfigHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdgConfigHome) && Path.IsPathFullyQualified(xdgConfigHome))
        {
            return xdgConfigHome;
        }

        return OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
