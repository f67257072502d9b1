using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Groupus.TestSupport.Processes;

namespace Groupus.Fax.T38.Tests.Peers;

/// <summary>
/// spandsp's <c>t38_terminal</c> (libspandsp-dev 0.0.6) as a real far end: <c>spandsp_t38_peer.c</c>, compiled with gcc
/// into the test output on first use, sends or receives a TIFF over UDP on 127.0.0.1 with its own UDPTL framing.
/// </summary>
public sealed partial class SpandspT38Peer : IDisposable
{
    private static readonly Lazy<string> Executable = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly PeerProcess _process;

    private SpandspT38Peer(PeerProcess process)
    {
        _process = process;
    }

    public string Output => _process.Output;

    /// <summary>Starts the peer and waits until it has bound its socket.</summary>
    public static async Task<(SpandspT38Peer Peer, IPEndPoint EndPoint)> StartAsync(bool sending, string file, int remotePort, SpandspPeerOptions options)
    {
        var peer = new SpandspT38Peer(PeerProcess.Start(
            Executable.Value,
            "libspandsp-dev",
            Path.GetDirectoryName(file)!,
            [sending ? "send" : "receive", file, "--remote", remotePort.ToString(), .. options.Arguments()]));
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (PortLine().Match(peer.Output) is { Success: true } match)
            {
                return (peer, new IPEndPoint(IPAddress.Loopback, int.Parse(match.Groups[1].Value)));
            }

            if (peer._process.HasExited)
            {
                break;
            }

            await Task.Delay(20);
        }

        var output = peer.Output;
        peer.Dispose();
        throw new InvalidOperationException($"The spandsp peer did not bind: {output}");
    }

    /// <summary>Waits for the peer to end its call: its exit status and the T.30 result line it printed.</summary>
    public async Task<SpandspPeerResult> WaitAsync(TimeSpan timeout)
    {
        Assert.True(await _process.WaitForExitAsync(timeout), $"The spandsp peer did not finish: {Output}");
        var result = ResultLine().Match(Output);
        Assert.True(result.Success, $"The spandsp peer printed no result: {Output}");
        return new SpandspPeerResult(_process.ExitCode, int.Parse(result.Groups[1].Value), result.Groups[2].Value, int.Parse(result.Groups[3].Value), int.Parse(result.Groups[4].Value), result.Groups[5].Value == "1");
    }

    public void Dispose() => _process.Dispose();

    private static string Compile()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Peers", "spandsp_t38_peer.c");
        var output = Path.Combine(AppContext.BaseDirectory, "spandsp_t38_peer");
        var built = Path.Combine(AppContext.BaseDirectory, $"spandsp_t38_peer.{Environment.ProcessId}");
        var gcc = Process.Start(new ProcessStartInfo(PeerProcess.Require("gcc", "gcc"), ["-O2", "-Wall", "-o", built, source, "-lspandsp", "-ltiff"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = gcc.StandardError.ReadToEnd();
        gcc.WaitForExit();
        if (gcc.ExitCode != 0)
        {
            throw new InvalidOperationException($"Compiling the spandsp peer failed (needs libspandsp-dev, libtiff-dev, gcc): {errors}");
        }

        File.Move(built, output, overwrite: true);
        return output;
    }

    [GeneratedRegex(@"^PORT (\d+)$", RegexOptions.Multiline)]
    private static partial Regex PortLine();

    [GeneratedRegex(@"^RESULT (-?\d+) (.*) pages=(\d+) rate=(\d+) ecm=(\d)$", RegexOptions.Multiline)]
    private static partial Regex ResultLine();
}
