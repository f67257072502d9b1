using System.Diagnostics;
using Groupus.TestSupport.FaxPeers;

namespace Groupus.EndToEndTests.Support;

/// <summary>
/// Starts the iaxmodem pair once nobody else uses iaxmodem: other test runs on the same machine may hold
/// /dev/ttyIAXa and /dev/ttyIAXb for a few minutes, so wait for them rather than fail.
/// </summary>
internal static class ModemPairLease
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<IaxModemPair> StartAsync(Action<string> log)
    {
        var until = DateTime.UtcNow + Patience;
        var waited = false;
        while (true)
        {
            if (!IaxModemRuns())
            {
                try
                {
                    return await IaxModemPair.StartAsync();
                }
                catch (InvalidOperationException exception) when (exception.Message.StartsWith("Another iaxmodem is running", StringComparison.Ordinal) && DateTime.UtcNow < until)
                {
                    // Someone started theirs between our look and our start.
                }
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Another iaxmodem was still running after {Patience.TotalMinutes:0} minutes.");
            }

            if (!waited)
            {
                log("iaxmodem is in use by another run; waiting for it to end");
                waited = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static bool IaxModemRuns()
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-x", "iaxmodem"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        pgrep.StandardOutput.ReadToEnd();
        pgrep.WaitForExit();
        return pgrep.ExitCode == 0;
    }
}
