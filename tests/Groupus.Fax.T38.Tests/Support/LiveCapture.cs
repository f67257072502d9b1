using System.Diagnostics;

namespace Groupus.Fax.T38.Tests.Support;

/// <summary>tshark capturing UDP to one port on the loopback interface into a pcap file, until it has a number of packets.</summary>
internal sealed class LiveCapture : IDisposable
{
    private readonly Process _process;

    private LiveCapture(Process process) => _process = process;

    public static LiveCapture Start(string pcapPath, int udpPort, int packets)
    {
        var start = new ProcessStartInfo("tshark") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[] { "-i", "lo", "-f", $"udp dst port {udpPort}", "-c", packets.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", pcapPath })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("tshark did not start");
        var ready = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Capturing on", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        if (!ready.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException("tshark did not start capturing on lo (capturing needs root or the wireshark group)");
        }

        return new LiveCapture(process);
    }

    public void WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            _process.Kill();
            throw new TimeoutException("tshark did not see all packets");
        }

        Assert.Equal(0, _process.ExitCode);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
