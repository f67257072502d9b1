using System.Diagnostics;
using Groupus.TestSupport.Processes;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>libtiff's <c>tiffcmp -t</c>: pixel comparison of two TIFFs (exit 1 on any difference, plain tiffcmp would not).</summary>
public static class TiffCompare
{
    public static (bool Identical, string Report) Pixels(string expected, string actual)
    {
        var tiffcmp = Process.Start(new ProcessStartInfo(PeerProcess.Require("tiffcmp", "libtiff-tools"), ["-t", expected, actual])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var report = tiffcmp.StandardOutput.ReadToEnd() + tiffcmp.StandardError.ReadToEnd();
        tiffcmp.WaitForExit();
        return (tiffcmp.ExitCode == 0, report);
    }
}
