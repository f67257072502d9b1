namespace Groupus.FaxGateway.Tests.Support;

/// <summary>
/// HylaFAX's faxgetty (package hylafax-server) answering on ttyIAXb of an <see cref="IaxModemPair"/>. The fixture
/// copies /etc/hylafax into the spool's etc, writes config.ttyIAXb from iaxmodem's sample HylaFAX configuration,
/// starts faxgetty, waits until the modem is idle, and stops faxgetty by its process id on dispose. Received
/// documents land in /var/spool/hylafax/recvq.
/// </summary>
internal sealed class HylafaxPeer : IDisposable
{
    public const string Spool = "/var/spool/hylafax";

    private readonly PeerProcess faxgetty;
    private readonly HashSet<string> documentsBefore;

    private HylafaxPeer(PeerProcess faxgetty, HashSet<string> documentsBefore)
    {
        this.faxgetty = faxgetty;
        this.documentsBefore = documentsBefore;
    }

    public string Output => faxgetty.Output;

    /// <summary>The communication logs of this session (SessionTracing), for diagnostics.</summary>
    public string SessionLog => string.Join(
        "\n",
        Directory.EnumerateFiles(Path.Combine(Spool, "log"), "c*").OrderBy(File.GetLastWriteTimeUtc).TakeLast(1).Select(File.ReadAllText));

    public static async Task<HylafaxPeer> StartAsync()
    {
        PeerProcess.Require("faxgetty", "hylafax-server");
        var etc = Path.Combine(Spool, "etc");
        Directory.CreateDirectory(etc);
        foreach (var file in Directory.EnumerateFiles("/etc/hylafax"))
        {
            File.Copy(file, Path.Combine(etc, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(etc, "config.ttyIAXb"), Configuration);
        var status = Path.Combine(Spool, "status", "ttyIAXb");
        File.Delete(status);
        var before = ReceivedDocuments();
        var faxgetty = PeerProcess.Start("faxgetty", "hylafax-server", Spool, "ttyIAXb");
        var peer = new HylafaxPeer(faxgetty, before);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!(File.Exists(status) && File.ReadAllText(status).Contains("idle", StringComparison.OrdinalIgnoreCase)))
        {
            if (DateTime.UtcNow > until || faxgetty.HasExited)
            {
                peer.Dispose();
                throw new InvalidOperationException($"faxgetty did not bring ttyIAXb up.\n{faxgetty.Output}");
            }

            await Task.Delay(200);
        }

        return peer;
    }

    /// <summary>Waits for faxgetty to file a new document in recvq and returns its path.</summary>
    public async Task<string?> WaitForDocumentAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var fresh = ReceivedDocuments().Except(documentsBefore).ToList();
            var status = File.ReadAllText(Path.Combine(Spool, "status", "ttyIAXb"));
            if (fresh.Count > 0 && status.Contains("idle", StringComparison.OrdinalIgnoreCase))
            {
                return fresh[0];
            }

            await Task.Delay(500);
        }

        return null;
    }

    public void Dispose()
    {
        faxgetty.Dispose();
        foreach (var document in ReceivedDocuments().Except(documentsBefore))
        {
            File.Delete(document);
        }
    }

    private static HashSet<string> ReceivedDocuments() =>
        Directory.EnumerateFiles(Path.Combine(Spool, "recvq"), "*.tif").ToHashSet();

    // iaxmodem's sample HylaFAX modem configuration (Class 1, 400 ms TM connect delay), tracing on, files readable.
    private const string Configuration = """
        CountryCode:            44
        AreaCode:               20
        FAXNumber:              +44.20.7946.0002
        LongDistancePrefix:     0
        InternationalPrefix:    00
        DialStringRules:        etc/dialrules
        ServerTracing:          0xFFF
        SessionTracing:         0xFFF
        RecvFileMode:           0644
        LogFileMode:            0644
        DeviceMode:             0666
        RingsBeforeAnswer:      1
        SpeakerVolume:          off
        GettyArgs:              "-h %l dx_%s"
        LocalIdentifier:        "HylaFAX"
        TagLineFont:            etc/lutRS18.pcf
        TagLineFormat:          "From %%l|%c|Page %%P of %%T"
        MaxRecvPages:           200
        ModemType:              Class1
        Class1TMConnectDelay:   400
        """;
}
