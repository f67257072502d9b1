namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>How one Ghostscript process ended. Its output can quote the document, so it is inspected, never logged.</summary>
internal sealed record GhostscriptRun(int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    // 128 + SIGKILL and 128 + SIGXCPU: RLIMIT_CPU sends SIGXCPU at the soft limit and SIGKILL at the hard one.
    private const int KilledExitCode = 137;
    private const int ProcessorLimitExitCode = 152;

    public bool AskedForPassword => Says("password");

    /// <summary>
    /// Ghostscript refused a file operation outside what it is permitted: SAFER answers /invalidfileaccess, or an
    /// /ioerror from deletefile or renamefile (which it reports with "Permission denied").
    /// </summary>
    public bool DeniedFileAccess =>
        Says("invalidfileaccess") || (Says("ioerror") && (Says("--deletefile--") || Says("--renamefile--")));

    /// <summary>Ghostscript ran out of the memory it may use (/VMerror), or the address-space limit stopped it.</summary>
    public bool RanOutOfMemory => Says("VMerror") || StandardError.Contains("Cannot allocate memory", StringComparison.Ordinal);

    /// <summary>Stopped by the processor-time limit (the wall-clock timeout is <see cref="TimedOut"/>).</summary>
    public bool HitProcessorLimit => !TimedOut && ExitCode is KilledExitCode or ProcessorLimitExitCode;

    private bool Says(string word) =>
        StandardError.Contains(word, StringComparison.OrdinalIgnoreCase) || StandardOutput.Contains(word, StringComparison.OrdinalIgnoreCase);
}
