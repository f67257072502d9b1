using System.Diagnostics;
using System.Text;

namespace Groupus.TestSupport.Processes;

/// <summary>
/// A real peer program (iaxmodem, efax, socat, faxgetty) started by a test: output captured, stopped by its own
/// process id on dispose (SIGTERM, then SIGKILL), even when the test failed.
/// </summary>
public sealed class PeerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PeerProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The full path of <paramref name="tool"/>; throws naming the apt package when it is missing.</summary>
    public static string Require(string tool, string package)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") + ":/usr/sbin:/sbin:/usr/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{tool}' is not installed: this test needs the real peer. Run 'apt-get install -y --no-install-recommends {package}'.");
    }

    public static PeerProcess Start(string tool, string package, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Require(tool, package))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var peer = new PeerProcess(process);
        process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>Waits for the program to end by itself; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                // Programs such as faxq start helpers (faxsend) that outlive them: stop those too, by id.
                var descendants = Descendants(process.Id);
                Terminate(process.Id);
                foreach (var pid in descendants)
                {
                    Terminate(pid);
                }

                // faxsend ignores SIGTERM in the middle of a call.
                var until = DateTime.UtcNow.AddSeconds(3);
                while (descendants.Any(IsAlive) && DateTime.UtcNow < until)
                {
                    Thread.Sleep(100);
                }

                foreach (var pid in descendants.Where(IsAlive))
                {
                    Terminate(pid, "-KILL");
                }

                if (!process.WaitForExit(3000))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(3000);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    /// <summary>The ids of every process below <paramref name="root"/>, from the parent ids in /proc/*/stat.</summary>
    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid …": the command may hold spaces, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (child, _) in parents.Where(p => p.Value == parent))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>SIGTERM to this one process id, so it can clean up (iaxmodem removes its device node).</summary>
    private static void Terminate(int pid, string signal = "-TERM")
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        });
        kill?.WaitForExit(3000);
    }
}
