using System.Diagnostics;

namespace Groupus.IntegrationTests.Support;

/// <summary>Runs the real <c>groupus</c> CLI as a separate process, with its own config directory.</summary>
public sealed class CliProcess(string server)
{
    public string ConfigHome { get; } = Path.Combine(Path.GetTempPath(), "groupus-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The folder the CLI runs in; null for this process's own.</summary>
    public string? WorkingDirectory { get; init; }

    public async Task<CliRun> RunAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["XDG_CONFIG_HOME"] = ConfigHome, ["GROUPUS_SERVER"] = server, ["TZ"] = "Europe/London" },
        };
        if (WorkingDirectory is not null)
        {
            start.WorkingDirectory = WorkingDirectory;
        }

        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>The CLI built beside this test assembly's configuration (Debug or Release).</summary>
    private static string CliAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(repository, "src", "Cli", "bin", configuration, framework, "groupus.dll");
        }
    }
}
