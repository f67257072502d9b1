namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>How one Ghostscript process ended. Its output can quote the document, so it is inspected, never logged.</summary>
internal sealed record GhostscriptRun(int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public bool AskedForPassword =>
        StandardError.Contains("password", StringComparison.OrdinalIgnoreCase)
        || StandardOutput.Contains("password", StringComparison.OrdinalIgnoreCase);
}
