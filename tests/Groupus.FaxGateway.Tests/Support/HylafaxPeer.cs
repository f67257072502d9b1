using Groupus.TestSupport.FaxPeers;
using Groupus.TestSupport.Processes;

namespace Groupus.FaxGateway.Tests.Support;

/// <summary>
/// HylaFAX (packages hylafax-server, hylafax-client) on one modem of an <see cref="IaxModemPair"/>. Receiving:
/// faxgetty answers on ttyIAXb and files documents in /var/spool/hylafax/recvq. Sending: faxq, hfaxd (port 4559,
/// localhost trusted) and faxgetty on ttyIAXa, and sendfax queues a job. The fixture copies /etc/hylafax into the
/// spool's etc, writes config.ttyIAX? from iaxmodem's sample HylaFAX configuration, waits until the modem is idle,
/// and stops every program it started by process id on dispose.
/// </summary>
internal sealed class HylafaxPeer : IDisposable
{
    public const string Spool = "/var/spool/hylafax";

    private readonly List<PeerProcess> programs;
    private readonly string device;
    private readonly HashSet<string> documentsBefore;

    private HylafaxPeer(List<PeerProcess> programs, string device, HashSet<string> documentsBefore)
    {
        this.programs = programs;
        this.device = device;
        this.documentsBefore = documentsBefore;
    }

    public string Output => string.Join("\n", programs.Select(p => p.Output));

    /// <summary>The communication logs of this session (SessionTracing), for diagnostics.</summary>
    public string SessionLog => string.Join(
        "\n",
        Directory.EnumerateFiles(Path.Combine(Spool, "log"), "c*").OrderBy(File.GetLastWriteTimeUtc).TakeLast(1).Select(File.ReadAllText));

    /// <summary>faxgetty answering on ttyIAXb.</summary>
    public static Task<HylafaxPeer> StartReceiverAsync() => StartAsync("ttyIAXb", sender: false);

    /// <summary>faxq, hfaxd and faxgetty on ttyIAXa, ready for <see cref="QueueFaxAsync"/>.</summary>
    public static Task<HylafaxPeer> StartSenderAsync() => StartAsync("ttyIAXa", sender: true);

    /// <summary>sendfax: queues <paramref name="tiff"/> for <paramref name="number"/> without a cover page.</summary>
    public async Task QueueFaxAsync(string tiff, string number)
    {
        using var sendfax = PeerProcess.Start("sendfax", "hylafax-client", Path.GetTempPath(), "-n", "-h", "localhost", "-d", number, tiff);
        if (!await sendfax.WaitForExitAsync(TimeSpan.FromSeconds(30)) || sendfax.ExitCode != 0)
        {
            throw new InvalidOperationException($"sendfax did not queue the job.\n{sendfax.Output}");
        }
    }

    private static async Task<HylafaxPeer> StartAsync(string device, bool sender)
    {
        PeerProcess.Require("faxgetty", "hylafax-server");
        if (sender)
        {
            PeerProcess.Require("sendfax", "hylafax-client");
        }

        var etc = Path.Combine(Spool, "etc");
        Directory.CreateDirectory(etc);
        foreach (var file in Directory.EnumerateFiles("/etc/hylafax"))
        {
            var copy = Path.Combine(etc, Path.GetFileName(file));
            if (!File.Exists(copy) || !File.ReadAllBytes(copy).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
            {
                File.Copy(file, copy, overwrite: true);
            }
        }

        // A modem left over from another test must not be taken for one faxq may use.
        foreach (var name in new[] { "ttyIAXa", "ttyIAXb" })
        {
            File.Delete(Path.Combine(etc, $"config.{name}"));
            File.Delete(Path.Combine(Spool, "status", name));
            File.Delete(Path.Combine(Spool, $"FIFO.{name}"));
        }

        File.WriteAllText(Path.Combine(etc, $"config.{device}"), Configuration);
        var programs = new List<PeerProcess>();
        if (sender)
        {
            // faxq would at once resume a job an earlier run left in the queue.
            ForgetQueuedJobs();
            var hosts = Path.Combine(etc, "hosts.hfaxd");
            File.WriteAllText(hosts, "localhost\n127.0.0.1\n");

            // hfaxd trusts its hosts file only when the fax user owns it, private: a root-owned copy (on a fresh install)
            // or a readable one makes it ask every client for a password.
            await GiveToFaxUserAsync(hosts);
            var fifo = Path.Combine(Spool, "FIFO");
            File.Delete(fifo);
            programs.Add(PeerProcess.Start("faxq", "hylafax-server", Spool, "-D"));
            programs.Add(PeerProcess.Start("hfaxd", "hylafax-server", Spool, "-d", "-i", "4559"));

            // faxgetty announces its modem through faxq's FIFO; started before faxq listens, it can stall.
            var listening = DateTime.UtcNow.AddSeconds(10);
            while (!File.Exists(fifo) && DateTime.UtcNow < listening)
            {
                await Task.Delay(100);
            }

            await Task.Delay(500);
        }

        RemoveStaleLock(device);

        var status = Path.Combine(Spool, "status", device);
        var before = ReceivedDocuments();
        programs.Add(PeerProcess.Start("faxgetty", "hylafax-server", Spool, device));
        var peer = new HylafaxPeer(programs, device, before);
        var until = DateTime.UtcNow.AddSeconds(45);
        while (!(File.Exists(status) && File.ReadAllText(status).Contains("idle", StringComparison.OrdinalIgnoreCase)))
        {
            if (DateTime.UtcNow > until || programs.Any(p => p.HasExited))
            {
                peer.Dispose();
                var said = File.Exists(status) ? File.ReadAllText(status) : "(no status file)";
                throw new InvalidOperationException($"HylaFAX did not bring {device} up; status: {said}\n{peer.Output}\n{peer.SessionLog}");
            }

            await Task.Delay(200);
        }

        return peer;
    }

    /// <summary>Waits for faxgetty to file a new document in recvq and returns its path.</summary>
    /// <summary>
    /// The document faxgetty filed for this call: once the modem is idle again, or once the file has stopped growing
    /// (faxgetty runs bin/faxrcvd after filing, which can keep the modem status busy for a while on a machine without mail).
    /// </summary>
    private static async Task GiveToFaxUserAsync(string path)
    {
        // The spool belongs to the fax user.
        string[][] commands = [["chown", "--reference", Spool, path], ["chmod", "600", path]];
        foreach (var command in commands)
        {
            using var tool = System.Diagnostics.Process.Start(command[0], command[1..]);
            await tool.WaitForExitAsync();
            if (tool.ExitCode != 0)
            {
                throw new InvalidOperationException($"Could not give {path} to HylaFAX's user ({command[0]}).");
            }
        }
    }

    public async Task<string?> WaitForDocumentAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        long lastSize = -1;
        while (DateTime.UtcNow < until)
        {
            var fresh = ReceivedDocuments().Except(documentsBefore).ToList();
            if (fresh.Count > 0)
            {
                var status = File.ReadAllText(Path.Combine(Spool, "status", device));
                var size = new FileInfo(fresh[0]).Length;
                if (status.Contains("idle", StringComparison.OrdinalIgnoreCase) || (size > 0 && size == lastSize))
                {
                    return fresh[0];
                }

                lastSize = size;
            }

            await Task.Delay(1000);
        }

        return null;
    }

    public void Dispose()
    {
        // faxgetty first, then the server programs.
        for (var i = programs.Count - 1; i >= 0; i--)
        {
            programs[i].Dispose();
        }

        if (programs.Count > 1)
        {
            ForgetQueuedJobs();
        }

        foreach (var document in ReceivedDocuments().Except(documentsBefore))
        {
            File.Delete(document);
        }
    }

    /// <summary>A UUCP lock left by a HylaFAX program that was stopped: removed if its process is gone.</summary>
    private static void RemoveStaleLock(string device)
    {
        var lockFile = $"/var/lock/LCK..{device}";
        if (File.Exists(lockFile)
            && int.TryParse(File.ReadAllText(lockFile).Trim(), out var pid)
            && !Directory.Exists($"/proc/{pid}"))
        {
            File.Delete(lockFile);
        }
    }

    private static void ForgetQueuedJobs()
    {
        foreach (var (folder, pattern) in new[] { ("sendq", "q*"), ("docq", "doc*") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Spool, folder), pattern))
            {
                File.Delete(file);
            }
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
