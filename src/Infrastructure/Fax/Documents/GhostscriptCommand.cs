using System.Diagnostics;
using System.Globalization;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// How Ghostscript is started for one render: inside its private folder, with an empty environment except for a PATH
/// and a TMPDIR/HOME that point at that folder (Ghostscript permits its TMPDIR, so it must not be a shared /tmp), and,
/// where prlimit exists, bounded processor time, address space and file size, and no core dumps.
/// </summary>
internal static class GhostscriptCommand
{
    public static ProcessStartInfo For(FaxRenderingOptions options, string folder, IReadOnlyList<string> ghostscriptArguments)
    {
        bool limited = !string.IsNullOrWhiteSpace(options.ResourceLimiterPath);
        var startInfo = new ProcessStartInfo(limited ? options.ResourceLimiterPath! : options.GhostscriptPath)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (limited)
        {
            startInfo.ArgumentList.Add(Invariant($"--cpu={options.GhostscriptCpuSeconds}"));
            startInfo.ArgumentList.Add(Invariant($"--as={options.GhostscriptMemoryLimit}"));
            startInfo.ArgumentList.Add(Invariant($"--fsize={options.GhostscriptFileSizeLimit}"));
            startInfo.ArgumentList.Add("--core=0");
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(options.GhostscriptPath);
        }

        foreach (var argument in ghostscriptArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Nothing inherited: GS_LIB, GS_OPTIONS, GS_FONTPATH or a shared TMPDIR would widen what Ghostscript may reach.
        var path = Environment.GetEnvironmentVariable("PATH");
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = string.IsNullOrEmpty(path) ? "/usr/bin:/bin" : path;
        startInfo.Environment["TMPDIR"] = folder;
        startInfo.Environment["TEMP"] = folder;
        startInfo.Environment["TMP"] = folder;
        startInfo.Environment["HOME"] = folder;
        startInfo.Environment["LC_ALL"] = "C";
        return startInfo;
    }

    /// <summary>
    /// Arguments every run starts with: SAFER, no prompts, and file access only to the input (read) and output (write);
    /// Ghostscript adds its own resources and its TMPDIR, which is the render's folder.
    /// </summary>
    public static List<string> Contained(string input, string? output)
    {
        List<string> arguments = ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dNOPROMPT", $"--permit-file-read={input}"];
        if (output is not null)
        {
            arguments.Add($"--permit-file-write={output}");
        }

        return arguments;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
