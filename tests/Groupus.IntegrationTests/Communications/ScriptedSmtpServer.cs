using System.Text.Json;
using System.Text.RegularExpressions;
using Groupus.TestSupport.Processes;

namespace Groupus.IntegrationTests.Communications;

/// <summary>
/// A real SMTP server (aiosmtpd) on a loopback port the OS picks, told per test how to answer each message's data and
/// which recipients to refuse (scripted_smtp_server.py); it records every message whose data arrived.
/// </summary>
public sealed partial class ScriptedSmtpServer : IDisposable
{
    private readonly PeerProcess process;
    private readonly string receivedFile;

    private ScriptedSmtpServer(PeerProcess process, string receivedFile, int port)
    {
        this.process = process;
        this.receivedFile = receivedFile;
        Port = port;
    }

    public int Port { get; }

    /// <param name="dataReplies">The replies to the data of each message in turn ("451 ...", "550 ...", "drop"); 250 after them.</param>
    /// <param name="refused">Recipients refused at RCPT, with the reply.</param>
    /// <param name="tls">A certificate and key (PEM files) to offer STARTTLS with, and require it.</param>
    public static async Task<ScriptedSmtpServer> StartAsync(
        string[]? dataReplies = null, IReadOnlyDictionary<string, string>? refused = null, (string Certificate, string Key)? tls = null)
    {
        var directory = Directory.CreateTempSubdirectory("groupus-smtp-").FullName;
        var receivedFile = Path.Combine(directory, "received.jsonl");
        var plan = JsonSerializer.Serialize(new { data = dataReplies ?? [], refuse = refused ?? new Dictionary<string, string>() });
        string[] arguments = tls is { } pair
            ? [Script, plan, receivedFile, pair.Certificate, pair.Key]
            : [Script, plan, receivedFile];
        var process = PeerProcess.Start("/usr/bin/python3", "python3-aiosmtpd", directory, arguments);
        for (var waited = 0; waited < 600; waited++)
        {
            if (PortLine().Match(process.Output) is { Success: true } match)
            {
                return new ScriptedSmtpServer(process, receivedFile, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        var output = process.Output;
        process.Dispose();
        throw new InvalidOperationException($"The SMTP server did not start (is python3-aiosmtpd installed?): {output}");
    }

    /// <summary>Every message whose data the server read, in order, with the reply the script gave it.</summary>
    public IReadOnlyList<ReceivedMail> Received() => File.Exists(receivedFile)
        ? [.. File.ReadAllLines(receivedFile).Select(line => JsonSerializer.Deserialize<ReceivedMail>(line)!)]
        : [];

    public void Dispose() => process.Dispose();

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Communications", "scripted_smtp_server.py");

    [GeneratedRegex(@"port=(\d+)")]
    private static partial Regex PortLine();
}
