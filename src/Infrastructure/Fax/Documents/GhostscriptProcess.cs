using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Runs Ghostscript as <see cref="GhostscriptCommand"/> starts it, with a deadline; the process (and anything it
/// started) is killed on timeout or cancellation.
/// </summary>
internal sealed class GhostscriptProcess(IOptions<FaxRenderingOptions> options)
{
    // Enough to find an error message in; a broken file can make Ghostscript complain for megabytes.
    private const int MaximumCapturedChars = 64 * 1024;

    // What prlimit answers when it cannot execute the program it was given.
    private const int CommandNotFoundExitCode = 127;

    public async Task<GhostscriptRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = GhostscriptCommand.For(options.Value, workingDirectory, arguments);
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception notStarted)
        {
            throw new InvalidOperationException(
                $"Ghostscript could not be started ('{startInfo.FileName}'); install the Debian packages ghostscript and util-linux (prlimit) or set Fax:Documents:GhostscriptPath and Fax:Documents:ResourceLimiterPath.",
                notStarted);
        }

        process.StandardInput.Close();
        var standardOutput = CaptureAsync(process.StandardOutput);
        var standardError = CaptureAsync(process.StandardError);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.GhostscriptTimeout);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        var run = new GhostscriptRun(
            timedOut ? -1 : process.ExitCode,
            timedOut,
            await standardOutput.ConfigureAwait(false),
            await standardError.ConfigureAwait(false));
        if (run.ExitCode == CommandNotFoundExitCode && run.StandardError.StartsWith("prlimit:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Ghostscript ('{options.Value.GhostscriptPath}') could not be started by prlimit; install the Debian package ghostscript or set Fax:Documents:GhostscriptPath.");
        }

        return run;
    }

    private static async Task<string> CaptureAsync(StreamReader reader)
    {
        var captured = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            int room = MaximumCapturedChars - captured.Length;
            if (room > 0)
            {
                captured.Append(buffer, 0, Math.Min(room, read));
            }
        }

        return captured.ToString();
    }
}
