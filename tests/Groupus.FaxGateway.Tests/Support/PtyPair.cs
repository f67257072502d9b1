using Groupus.TestSupport.Processes;

namespace Groupus.FaxGateway.Tests.Support;

/// <summary>
/// Two connected pseudo-terminals made by socat (package socat): whatever is written to one end is read at the other.
/// The driver under test opens <see cref="DriverEnd"/>, a scripted modem opens <see cref="ModemEnd"/>. Opened by
/// path: SerialPort.GetPortNames does not list pseudo-terminals. socat is stopped by its process id on dispose.
/// </summary>
internal sealed class PtyPair : IDisposable
{
    private readonly PeerProcess socat;
    private readonly string directory;

    private PtyPair(PeerProcess socat, string directory)
    {
        this.socat = socat;
        this.directory = directory;
    }

    public string DriverEnd => Path.Combine(directory, "driver");

    public string ModemEnd => Path.Combine(directory, "modem");

    public static async Task<PtyPair> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "groupus-pty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var socat = PeerProcess.Start(
            "socat", "socat", directory, "-d", "-d", "pty,raw,echo=0,link=driver", "pty,raw,echo=0,link=modem");
        var pair = new PtyPair(socat, directory);
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!(File.Exists(pair.DriverEnd) && File.Exists(pair.ModemEnd) && socat.Output.Contains("starting data transfer loop")))
        {
            if (DateTime.UtcNow > until || socat.HasExited)
            {
                pair.Dispose();
                throw new InvalidOperationException($"socat did not make a pseudo-terminal pair.\n{socat.Output}");
            }

            await Task.Delay(20);
        }

        return pair;
    }

    public void Dispose()
    {
        socat.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
