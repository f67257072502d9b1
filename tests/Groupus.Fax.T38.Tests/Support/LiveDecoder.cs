using System.Diagnostics;
using System.Threading.Channels;

namespace Groupus.Fax.T38.Tests.Support;

/// <summary>
/// tshark capturing on the loopback interface and decoding UDP to one port as T.38 as the packets pass. A capture is
/// only trusted once a probe datagram (to a second port in the same capture filter) has come out decoded, so no packet
/// of the test is sent before the capture is really running.
/// </summary>
internal sealed class LiveDecoder : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly int _probePort;

    private LiveDecoder(Process process, int probePort)
    {
        _process = process;
        _probePort = probePort;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static LiveDecoder Start(int port, int probePort, int t38Version)
    {
        var start = new ProcessStartInfo("tshark") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var arguments = new List<string>
        {
            "-i", "lo", "-l", "-f", $"udp dst port {port} or udp dst port {probePort}", "-d", $"udp.port=={port},t38",
            "-o", $"t38.use_pre_corrigendum_asn1_specification:{(t38Version == 0 ? "TRUE" : "FALSE")}",
            "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,", "-e", "udp.dstport",
        };
        foreach (string field in Tshark.Fields)
        {
            arguments.Add("-e");
            arguments.Add(field);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new LiveDecoder(Process.Start(start) ?? throw new InvalidOperationException("tshark did not start"), probePort);
    }

    /// <summary>Sends probes until tshark has printed one (capturing on lo needs root or the wireshark group).</summary>
    public async Task WaitUntilCapturingAsync(Func<Task> sendProbe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await sendProbe();
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
            try
            {
                while (true)
                {
                    string line = await _lines.Reader.ReadAsync(wait.Token);
                    if (line.StartsWith($"{_probePort}\t", StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                Assert.False(_process.HasExited, "tshark stopped: is it installed, and may this user capture on lo?");
            }
        }

        throw new TimeoutException("tshark never showed a probe");
    }

    /// <summary>The next <paramref name="count"/> decoded packets to the T.38 port, fields by name as <see cref="Tshark.Decode"/> gives them.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadAsync(int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (rows.Count < count)
        {
            var cells = (await _lines.Reader.ReadAsync(timeout.Token)).Split('\t');
            if (cells[0] == _probePort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            rows.Add(Tshark.Fields.Select((field, i) => (field, value: i + 1 < cells.Length ? cells[i + 1] : ""))
                .ToDictionary(pair => pair.field, pair => pair.value));
        }

        return rows;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
