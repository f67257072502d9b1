using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Groupus.TestSupport.Processes;

/// <summary>
/// One of our own programs (the core or the gateway) run with <c>dotnet</c> as a separate process: its output is
/// captured with timestamps, and it is killed by its process id on dispose.
/// </summary>
public sealed class DotnetProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private DotnetProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>Kept after the process has ended, for the logs.</summary>
    public int Id { get; private set; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static DotnetProcess Start(string name, string assembly, string? workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // One log line per message, without colours, so that the tests can search them.
            Environment = { ["Logging__Console__FormatterName"] = "simple", ["Logging__Console__FormatterOptions__SingleLine"] = "true", ["NO_COLOR"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var started = new DotnetProcess(name, process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.Start();
        started.Id = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public bool Logged(string text) => Output.Contains(text, StringComparison.Ordinal);

    /// <summary>Waits until the output contains <paramref name="text"/>; throws with the output if the process ends or time runs out.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!Logged(text))
        {
            if (HasExited || DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{Name} did not log \"{text}\" within {limit.TotalSeconds:0} s{(HasExited ? " (it exited)" : string.Empty)}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL, as a crash: nothing is flushed or said to anyone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        Append("--- killed by the test (SIGKILL) ---");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,7:0.0}] ").AppendLine(line);
        }
    }
}
