using System.Text;

namespace Groupus.Fax.Modems.Serial;

/// <summary>
/// AT commands and responses over a modem port, plus byte reads for data phases, sharing one read buffer so
/// no byte is lost between a CONNECT line and the data behind it. Every wait has a deadline.
/// </summary>
public sealed class ModemChannel(IModemPort port) : IAsyncDisposable
{
    private static readonly string[] FinalResults =
    [
        "OK", "CONNECT", "ERROR", "NO CARRIER", "BUSY", "NO DIALTONE", "NO DIAL TONE", "NO ANSWER", "+FCERROR",
    ];

    private readonly byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;

    // A verbose result ends in CR LF; a line taken at its CR leaves the LF, which must not reach a data phase.
    private bool _lineFeedExpected;

    public IModemPort Port => port;

    public static bool IsFinalResult(string line) =>
        FinalResults.Any(final => line.StartsWith(final, StringComparison.Ordinal)) && !line.StartsWith("OK,", StringComparison.Ordinal);

    /// <summary>Sends <c>AT{command}</c> and collects lines until a final result code.</summary>
    public async Task<ModemReply> CommandAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await WriteAsync(Encoding.ASCII.GetBytes($"AT{command}\r"), cancellationToken);
        return await ReadReplyAsync($"AT{command}", timeout, cancellationToken);
    }

    /// <summary>Collects lines until a final result code (for replies that arrive without a new command).</summary>
    public async Task<ModemReply> ReadReplyAsync(string waitingFor, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var lines = new List<string>();
        try
        {
            while (true)
            {
                var line = await ReadLineCoreAsync(deadline.Token);
                if (line.Length == 0 || line.StartsWith("AT", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (IsFinalResult(line))
                {
                    return new ModemReply(line, lines);
                }

                lines.Add(line);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModemTimeoutException(waitingFor, timeout);
        }
    }

    /// <summary>The next non-empty line (unsolicited results such as RING).</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var line = await ReadLineCoreAsync(deadline.Token);
                if (line.Length > 0)
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModemTimeoutException("a line", timeout);
        }
    }

    /// <summary>The next byte of a data phase, or -1 when the port closed.</summary>
    public async ValueTask<int> ReadByteAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return -1;
            }

            var next = _buffer[_start++];
            if (_lineFeedExpected)
            {
                _lineFeedExpected = false;
                if (next == '\n')
                {
                    continue;
                }
            }

            return next;
        }
    }

    public Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => port.WriteAsync(data, cancellationToken);

    /// <summary>Forgets unread input, buffered and in the port.</summary>
    public void DiscardInput()
    {
        _start = _end = 0;
        _lineFeedExpected = false;
        port.DiscardInput();
    }

    public ValueTask DisposeAsync() => port.DisposeAsync();

    private async Task<string> ReadLineCoreAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = await ReadByteAsync(cancellationToken);
            if (next < 0)
            {
                throw new IOException($"The modem port {port.Name} closed.");
            }

            if (next == '\n')
            {
                return line.ToString().Trim();
            }

            if (next == '\r')
            {
                if (line.Length > 0)
                {
                    _lineFeedExpected = true;
                    return line.ToString().Trim();
                }

                continue;
            }

            line.Append((char)next);
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = _end = 0;
        _end = await port.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }
}
