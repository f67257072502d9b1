using Groupus.Fax.Modems.Serial;
using Groupus.TestSupport.Processes;

namespace Groupus.TestSupport.FaxPeers;

/// <summary>
/// Two iaxmodem software fax modems on loopback that call each other directly (no PBX): dialling any digits on
/// /dev/ttyIAXa rings /dev/ttyIAXb. The fixture writes /etc/iaxmodem/ttyIAXa and ttyIAXb, starts both, waits for
/// the device nodes, and stops both by process id on dispose.
/// </summary>
public sealed class IaxModemPair : IDisposable
{
    public const string DeviceA = "/dev/ttyIAXa";
    public const string DeviceB = "/dev/ttyIAXb";

    /// <summary>iaxmodem rejects incoming calls for 5 s after ATZ or ATH0 (the caller sees NO DIALTONE); wait a little longer.</summary>
    public static readonly TimeSpan BusyOutAfterReset = TimeSpan.FromSeconds(6);

    private readonly PeerProcess? modemA;
    private readonly PeerProcess? modemB;

    private IaxModemPair(PeerProcess modemA, PeerProcess modemB)
    {
        this.modemA = modemA;
        this.modemB = modemB;
    }

    public string Log => $"--- iaxmodem ttyIAXa ---\n{modemA?.Output}\n--- iaxmodem ttyIAXb ---\n{modemB?.Output}";

    public static async Task<IaxModemPair> StartAsync(int portA = 4570, int portB = 4571)
    {
        PeerProcess.Require("iaxmodem", "iaxmodem");

        // Another test run on the machine (another worktree, the end-to-end tests) may hold the pair for a while.
        var patience = DateTime.UtcNow.AddMinutes(5);
        while (IaxModemIsRunning() && DateTime.UtcNow < patience)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        if (IaxModemIsRunning())
        {
            throw new InvalidOperationException($"Another iaxmodem is running (it may hold {DeviceA} or {DeviceB}); stop it first.");
        }

        // Links left behind by a run that was killed before it could stop its modems.
        RemoveDeviceLinks();

        Directory.CreateDirectory("/etc/iaxmodem");
        WriteConfiguration("a", DeviceA, portA, portB, "1001");
        WriteConfiguration("b", DeviceB, portB, portA, "1002");
        var a = PeerProcess.Start("iaxmodem", "iaxmodem", "/tmp", "ttyIAXa");
        var b = PeerProcess.Start("iaxmodem", "iaxmodem", "/tmp", "ttyIAXb");
        var pair = new IaxModemPair(a, b);
        try
        {
            var until = DateTime.UtcNow.AddSeconds(15);
            while (!(File.Exists(DeviceA) && File.Exists(DeviceB) && a.Output.Contains("Modem started") && b.Output.Contains("Modem started")))
            {
                if (DateTime.UtcNow > until || a.HasExited || b.HasExited)
                {
                    throw new InvalidOperationException($"iaxmodem did not create {DeviceA} and {DeviceB}.\n{pair.Log}");
                }

                await Task.Delay(100);
            }

            // Dialling in the first moments after start gives NO DIALTONE.
            await Task.Delay(TimeSpan.FromSeconds(1));
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>Opens one of the modems as a serial port (no DTR/RTS: they are pseudo-terminals).</summary>
    public static SerialModemPort Open(string device) => SerialModemPort.Open(device, new ModemPortOptions());

    public void Dispose()
    {
        modemA?.Dispose();
        modemB?.Dispose();
        RemoveDeviceLinks();
    }

    private static bool IaxModemIsRunning() =>
        Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), out _))
            .Any(directory =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(directory, "comm")).Trim() == "iaxmodem";
                }
                catch (IOException)
                {
                    return false;
                }
            });

    private static void RemoveDeviceLinks()
    {
        foreach (var device in new[] { DeviceA, DeviceB })
        {
            try
            {
                if (File.Exists(device) || new FileInfo(device).LinkTarget is not null)
                {
                    File.Delete(device);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static void WriteConfiguration(string name, string device, int port, int peerPort, string number) =>
        File.WriteAllText(
            $"/etc/iaxmodem/ttyIAX{name}",
            $"""
            device   {device}
            owner    uucp:uucp
            mode     666
            port     {port}
            refresh  0
            server   127.0.0.1:{peerPort}
            peername {name}
            secret   {name}
            cidname  Modem{name.ToUpperInvariant()}
            cidnumber {number}
            codec    slinear

            """);
}
