using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// A fake Class 1 modem on the far end of a pseudo-terminal pair. It records every command line, answers OK unless
/// told otherwise, and lets a test script richer behaviour (CONNECT and data, silence) per command.
/// </summary>
internal sealed class ScriptedModem : IAsyncDisposable
{
    private readonly ModemChannel channel;
    private readonly Dictionary<string, Func<ScriptedModem, Task>> scripts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private ScriptedModem(IModemPort port)
    {
        channel = new ModemChannel(port);
        loop = Task.Run(RunAsync);
    }

    /// <summary>Every command line received, in order, as sent ("ATZ", "AT+FTH=3" …).</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Never answer anything: a dead or wedged modem.</summary>
    public bool Silent { get; set; }

    public static ScriptedModem Open(string path) => new(SerialModemPort.Open(path, new ModemPortOptions()));

    /// <summary>What to do when the command line <paramref name="command"/> ("AT+FCLASS=1") arrives, instead of answering OK.</summary>
    public ScriptedModem On(string command, Func<ScriptedModem, Task> script)
    {
        scripts[command] = script;
        return this;
    }

    public ScriptedModem Reply(string command, params string[] lines) => On(command, m => m.SendLinesAsync(lines));

    /// <summary>Sends result or information lines as a verbose modem does: CR LF text CR LF.</summary>
    public Task SendLinesAsync(params string[] lines) =>
        SendAsync(Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => $"\r\n{l}\r\n"))));

    public Task SendAsync(byte[] data) => channel.WriteAsync(data, stop.Token);

    /// <summary>Waits (at most 10 s) until <paramref name="command"/> has arrived.</summary>
    public async Task WaitForCommandAsync(string command)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!Commands.Contains(command) && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>What a modem sends for one received HDLC frame: CONNECT, the frame and FCS DLE-shielded, DLE ETX, OK.</summary>
    public Task SendReceivedFrameAsync(byte[] frameWithFcs, bool connect = true) =>
        SendAsync([.. connect ? "\r\nCONNECT\r\n"u8 : [], .. Shielded(frameWithFcs), .. "\r\nOK\r\n"u8]);

    /// <summary>What a modem sends for received high-speed data: CONNECT, the data DLE-shielded, DLE ETX, NO CARRIER.</summary>
    public Task SendReceivedDataAsync(byte[] data) =>
        SendAsync([.. "\r\nCONNECT\r\n"u8, .. Shielded(data), .. "\r\nNO CARRIER\r\n"u8]);

    /// <summary>Answers CONNECT, then reads and undoubles frames until the final one (control 0x13), CONNECT between them, OK after.</summary>
    public async Task<List<byte[]>> AcceptFramesAsync()
    {
        var frames = new List<byte[]>();
        await SendLinesAsync("CONNECT");
        while (true)
        {
            var frame = await ReadDataAsync();
            frames.Add(frame);
            if (frame.Length < 2 || frame[1] == 0x13)
            {
                await SendLinesAsync("OK");
                return frames;
            }

            await SendLinesAsync("CONNECT");
        }
    }

    private static byte[] Shielded(byte[] data)
    {
        var output = new ArrayBufferWriter<byte>();
        Dle.Stuff(data, output);
        return [.. output.WrittenSpan, Dle.DataLinkEscape, Dle.EndOfText];
    }

    /// <summary>Reads what the driver sends after CONNECT up to and including DLE ETX, raw (still DLE-shielded).</summary>
    public async Task<byte[]> ReadRawDataAsync()
    {
        var data = new List<byte>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        var escaped = false;
        while (true)
        {
            var octet = await channel.ReadByteAsync(deadline.Token);
            if (octet < 0)
            {
                return [.. data];
            }

            data.Add((byte)octet);
            if (escaped && octet == Dle.EndOfText)
            {
                return [.. data];
            }

            escaped = !escaped && octet == Dle.DataLinkEscape;
        }
    }

    /// <summary>Reads and undoubles what the driver sends after CONNECT, up to DLE ETX.</summary>
    public async Task<byte[]> ReadDataAsync()
    {
        var data = new ArrayBufferWriter<byte>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        await ShieldedDataReader.ReadUntilEndOfTextAsync(channel, data, 1 << 20, deadline.Token);
        return data.WrittenSpan.ToArray();
    }

    /// <summary>Waits for one raw byte from the driver (e.g. the CAN that aborts a reception).</summary>
    public async Task<int> ReadByteAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        return await channel.ReadByteAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }

        await channel.DisposeAsync();
        stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            string line;
            try
            {
                line = await channel.ReadLineAsync(TimeSpan.FromMinutes(5), stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ModemTimeoutException)
            {
                return;
            }

            var command = line.Trim();
            if (!command.StartsWith("AT", StringComparison.OrdinalIgnoreCase))
            {
                // Bytes outside a command (CAN, stray data): recorded, not answered.
                Commands.Enqueue(command);
                continue;
            }

            Commands.Enqueue(command);
            if (Silent)
            {
                continue;
            }

            if (scripts.TryGetValue(command, out var script))
            {
                await script(this);
            }
            else
            {
                await SendLinesAsync("OK");
            }
        }
    }
}
