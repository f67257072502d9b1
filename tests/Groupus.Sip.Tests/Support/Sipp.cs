using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Groupus.Sip.Tests.Support;

/// <summary>Runs the real SIPp (Debian sip-tester) with one scenario against a host on loopback.</summary>
internal static class Sipp
{
    public const string Program = "/usr/bin/sipp";

    /// <summary>Runs the scenario once (one call); returns SIPp's exit code and everything it said and traced.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string scenarioXml, IPEndPoint target, params string[] extraArguments) =>
        RunAsync(scenarioXml, target, FreeUdpPort(), extraArguments);

    /// <summary>As above, with SIPp on a given local port (a UAS scenario the test calls, or an ATA registered there before).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string scenarioXml, IPEndPoint target, int localPort, params string[] extraArguments)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: apt-get install -y --no-install-recommends sip-tester (test.sh does it).");
        }

        var directory = Directory.CreateTempSubdirectory("groupus-sipp-");
        try
        {
            var scenario = Path.Combine(directory.FullName, "scenario.xml");
            await File.WriteAllTextAsync(scenario, scenarioXml);
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                WorkingDirectory = directory.FullName,
            };
            foreach (var argument in new[]
                     {
                         $"{target.Address}:{target.Port}", "-sf", scenario, "-m", "1", "-l", "1", "-i", "127.0.0.1", "-p", localPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "-t", "u1", "-nostdin", "-timeout", "30s", "-timeout_error", "-trace_err", "-trace_msg",
                     }.Concat(extraArguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var traces = string.Join("\n", directory.GetFiles("*.log").Select(f => $"--- {f.Name}\n{Tail(File.ReadAllText(f.FullName))}"));
            var output = $"exit {process.ExitCode}\n{await stderr}\n{Tail(await stdout)}\n{traces}";
            return (process.ExitCode, output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    public static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
