using System.Diagnostics;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>Runs libtiff-tools and Ghostscript for cross-checks; a missing tool fails the test with the package to install.</summary>
internal static class ExternalTools
{
    public static void Run(string tool, string package, string workingDirectory, params string[] arguments)
    {
        string path = Find(tool)
            ?? throw new InvalidOperationException(
                $"'{tool}' is not installed: run 'apt-get install -y --no-install-recommends {package}' (CI installs libtiff-tools and ghostscript).");
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    private static string? Find(string tool)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
