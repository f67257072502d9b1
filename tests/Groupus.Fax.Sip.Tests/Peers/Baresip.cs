using System.Globalization;
using System.Net;
using Groupus.TestSupport.Processes;

namespace Groupus.Fax.Sip.Tests.Peers;

/// <summary>
/// A real baresip (Debian package) run headless on loopback: one account registered to the gateway, audio from a sine
/// file of silence, what it hears into a file, calls answered automatically, commands given at start (<c>-e</c>). It has no T.38.
/// </summary>
internal sealed class Baresip : IDisposable
{
    private readonly DirectoryInfo _directory;
    private readonly PeerProcess _process;

    private Baresip(DirectoryInfo directory, PeerProcess process)
    {
        _directory = directory;
        _process = process;
    }

    public string Output => _process.Output;

    /// <summary>A loopback port free for both UDP and TCP: baresip binds its SIP port on both.</summary>
    public static int FreePort()
    {
        while (true)
        {
            int port = Groupus.TestSupport.Network.LoopbackPort.Free();
            try
            {
                using var udp = new System.Net.Sockets.UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (System.Net.Sockets.SocketException)
            {
            }
        }
    }

    public static Baresip Start(IPEndPoint gateway, string user, string password, int sipPort, params string[] commands)
    {
        var directory = Directory.CreateTempSubdirectory("groupus-baresip-");
        var port = sipPort.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(directory.FullName, "config"), $"""
            poll_method epoll
            sip_listen 127.0.0.1:{port}
            sip_transports udp
            audio_player aufile,{Path.Combine(directory.FullName, "heard.wav")}
            audio_source aufile,{Path.Combine(directory.FullName, "silence.wav")}
            audio_alert aufile,{Path.Combine(directory.FullName, "alert.wav")}
            module_path /usr/lib/baresip/modules
            module g711.so
            module aufile.so
            module_app account.so
            module_app menu.so
            """);
        File.WriteAllText(Path.Combine(directory.FullName, "accounts"),
            $"<sip:{user}@{gateway.Address}:{gateway.Port.ToString(CultureInfo.InvariantCulture)};transport=udp>;auth_pass={password};answermode=auto;regint=600;audio_codecs=PCMU\n");
        File.WriteAllText(Path.Combine(directory.FullName, "contacts"), string.Empty);
        File.WriteAllBytes(Path.Combine(directory.FullName, "silence.wav"), SilentWave(seconds: 30));
        var arguments = new List<string> { "-f", directory.FullName, "-4", "-s" };
        foreach (var command in commands)
        {
            arguments.Add("-e");
            arguments.Add(command);
        }

        return new Baresip(directory, PeerProcess.Start("baresip", "baresip", directory.FullName, [.. arguments]));
    }

    /// <summary>A mono 16-bit 8 kHz PCM WAV of silence: baresip's sound source (its sine generator wants 48 kHz).</summary>
    private static byte[] SilentWave(int seconds)
    {
        const int rate = 8000;
        int data = rate * 2 * seconds;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + data);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(rate);
        writer.Write(rate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(data);
        writer.Write(new byte[data]);
        writer.Flush();
        return stream.ToArray();
    }

    public void Dispose()
    {
        _process.Dispose();
        if (_directory.Exists)
        {
            _directory.Delete(recursive: true);
        }
    }
}
