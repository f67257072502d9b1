using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Runs Ghostscript with a deadline; the process (and anything it started) is killed on timeout or cancellation.</summary>
internal sealed class GhostscriptProcess(IOptions<FaxRenderingOptions> options)
{
    // Enough to find an error message in; a broken file can make Ghostscript complain for megabytes.
    private const int MaximumCapturedChars = 64 * 1024;

    public async Task<GhostscriptRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(options.Value.GhostscriptPath)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Settings from the environment would change what Ghostscript renders or where it reads files from.
        startInfo.Environment.Remove("GS_OPTIONS");
        startInfo.Environment.Remove("GS_LIB");

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception notStarted)
        {
            throw new InvalidOperationException(
                $"Ghostscript ('{options.Value.GhostscriptPath}') could not be started; install the Debian package ghostscript or set Fax:Documents:GhostscriptPath.",
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

        return new GhostscriptRun(
            timedOut ? -1 : process.ExitCode,
            timedOut,
            await standardOutput.ConfigureAwait(false),
            await standardError.ConfigureAwait(false));
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
