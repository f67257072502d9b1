using System.Buffers;
using System.Globalization;
using System.Text;
using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// A Class 1 / 1.0 (EIA-578, ITU-T T.31) fax modem over a <see cref="ModemChannel"/>: call control (reset, probe,
/// dial, answer, hang up) and the T.31 signalling commands (+FTH/+FRH, +FTM/+FRM, +FTS/+FRS). Every wait has a
/// deadline; a silent modem raises <see cref="ModemTimeoutException"/>.
/// </summary>
public sealed class Class1Modem(ModemChannel channel, Class1ModemSettings settings, TimeProvider? timeProvider = null)
{
    /// <summary>CAN: any character aborts a receive command that is still waiting for a carrier; T.31 suggests CAN.</summary>
    private const byte Cancel = 0x18;

    private static readonly SearchValues<char> DialCharacters = SearchValues.Create("0123456789*#,+ABCDabcdPpTtWw!@");

    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    public ModemChannel Channel => channel;

    public Class1ModemSettings Settings => settings;

    /// <summary>Resets the modem, runs the init commands and selects Class 1 (or 1.0).</summary>
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        channel.DiscardInput();
        await ExpectOkAsync(settings.ResetCommand, settings.ResetTimeout, cancellationToken);
        foreach (var command in settings.InitCommands)
        {
            await ExpectOkAsync(command, settings.CommandTimeout, cancellationToken);
        }

        await ExpectOkAsync($"+FCLASS={settings.FaxClass}", settings.CommandTimeout, cancellationToken);
    }

    /// <summary>Asks the modem who it is and what it can do. Queries it refuses give empty answers.</summary>
    public async Task<Class1ModemInfo> ProbeAsync(CancellationToken cancellationToken)
    {
        var identification = new List<string>();
        identification.AddRange(await QueryAsync("I", cancellationToken));
        identification.AddRange(await QueryAsync("I3", cancellationToken));
        var classes = ParseList(await QueryAsync("+FCLASS=?", cancellationToken));
        var manufacturer = FirstValue(await QueryAsync("+FMI?", cancellationToken));
        var model = FirstValue(await QueryAsync("+FMM?", cancellationToken));
        var revision = FirstValue(await QueryAsync("+FMR?", cancellationToken));
        var transmit = ParseCodes(await QueryAsync("+FTM=?", cancellationToken));
        var receive = ParseCodes(await QueryAsync("+FRM=?", cancellationToken));
        var adaptive = ParseList(await QueryAsync("+FAR=?", cancellationToken)).Contains("1");
        return new Class1ModemInfo(manufacturer, model, revision, identification, classes, transmit, receive, adaptive);
    }

    /// <summary>Dials <paramref name="number"/> with tone dialling; CONNECT means the far end's V.21 flags are coming in.</summary>
    public async Task<DialOutcome> DialAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (number.AsSpan().IndexOfAnyExcept(DialCharacters) >= 0)
        {
            throw new ArgumentException($"\"{number}\" is not a dial string (digits, * # , + A-D P T W ! @).", nameof(number));
        }

        var reply = await channel.CommandAsync($"DT{number}", settings.DialTimeout, cancellationToken);
        return reply.FinalResult switch
        {
            var r when r.StartsWith("CONNECT", StringComparison.Ordinal) => DialOutcome.Connected,
            "BUSY" => DialOutcome.Busy,
            "NO ANSWER" => DialOutcome.NoAnswer,
            "NO CARRIER" => DialOutcome.NoCarrier,
            "NO DIALTONE" or "NO DIAL TONE" => DialOutcome.NoDialTone,
            _ => DialOutcome.Error,
        };
    }

    /// <summary>
    /// Checks that an idle modem still answers (AT → OK) without resetting it. RING lines that arrive meanwhile are
    /// counted, not lost. Null when it gave no OK in time.
    /// </summary>
    public async Task<int?> CheckIdleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reply = await channel.CommandAsync(string.Empty, settings.CommandTimeout, cancellationToken);
            return reply.IsOk ? reply.Lines.Count(line => line.StartsWith("RING", StringComparison.Ordinal)) : null;
        }
        catch (ModemTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// Waits for <paramref name="rings"/> RING lines within <paramref name="waitForCall"/>, then answers with ATA.
    /// With <paramref name="adaptiveAnswer"/> +FAR=1 is set first, so a data or voice call is not taken for fax.
    /// A call that has started ringing is waited for past <paramref name="waitForCall"/> while its rings keep coming
    /// (<see cref="Class1ModemSettings.RingGap"/>). <paramref name="ringsHeard"/> counts rings already seen.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(
        int rings, TimeSpan waitForCall, bool adaptiveAnswer, CancellationToken cancellationToken, int ringsHeard = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rings, 1);
        if (adaptiveAnswer)
        {
            await ExpectOkAsync("+FAR=1", settings.CommandTimeout, cancellationToken);
        }

        var until = time.GetUtcNow() + waitForCall;
        var heard = ringsHeard;
        if (heard > 0)
        {
            until = Later(until, time.GetUtcNow() + settings.RingGap);
        }

        while (heard < rings)
        {
            var remaining = until - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return AnswerOutcome.NoCall;
            }

            string line;
            try
            {
                line = await channel.ReadLineAsync(remaining, cancellationToken);
            }
            catch (ModemTimeoutException)
            {
                return AnswerOutcome.NoCall;
            }

            if (line.StartsWith("RING", StringComparison.Ordinal))
            {
                heard++;
                until = Later(until, time.GetUtcNow() + settings.RingGap);
            }
        }

        var reply = await channel.CommandAsync("A", settings.AnswerTimeout, cancellationToken);
        return reply.FinalResult switch
        {
            var r when r.StartsWith("CONNECT", StringComparison.Ordinal) => AnswerOutcome.Connected,
            "DATA" or "VOICE" => AnswerOutcome.NotFax,
            _ => AnswerOutcome.NoCarrier,
        };
    }

    /// <summary>Goes on hook with ATH0 (not by dropping DTR, which pseudo-terminals cannot do).</summary>
    public async Task<bool> HangUpAsync(CancellationToken cancellationToken)
    {
        var reply = await channel.CommandAsync("H0", settings.CommandTimeout, cancellationToken);
        return reply.IsOk;
    }

    /// <summary>
    /// Brings a wedged modem back to command mode: ends any data it may be waiting for (DLE ETX), aborts any
    /// reception (CAN), forgets what it sent, then hangs up and resets. True when it answered OK again.
    /// </summary>
    public async Task<bool> RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            await channel.WriteAsync(new byte[] { Dle.DataLinkEscape, Dle.EndOfText, Cancel, (byte)'\r' }, cancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
            channel.DiscardInput();
            var hangUp = await channel.CommandAsync("H0", settings.CommandTimeout, cancellationToken);
            var reset = await channel.CommandAsync(settings.ResetCommand, settings.ResetTimeout, cancellationToken);
            return hangUp.IsOk && reset.IsOk;
        }
        catch (Exception e) when (e is ModemTimeoutException or IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Sends V.21 HDLC frames (address, control, FCF, FIF; the modem adds the FCS), one per CONNECT. With
    /// <paramref name="transmitterOn"/> the first CONNECT has already been given (after ATA). False when the modem
    /// did not go along (ERROR or NO CARRIER).
    /// </summary>
    public async Task<bool> SendFramesAsync(IReadOnlyList<byte[]> frames, bool transmitterOn, CancellationToken cancellationToken)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (!transmitterOn)
            {
                await DelayAsync(settings.DelayBeforeFrameTransmit, cancellationToken);
                var start = await channel.CommandAsync("+FTH=3", settings.CommandTimeout, cancellationToken);
                if (!start.IsConnect)
                {
                    return false;
                }
            }

            await WriteShieldedAsync(frames[i], cancellationToken);

            // 300 bit/s: about 27 ms per octet, plus preamble and closing flags.
            var airTime = TimeSpan.FromMilliseconds((frames[i].Length + 4) * 8 * 1000.0 / 300) + TimeSpan.FromSeconds(1);
            var reply = await channel.ReadReplyAsync("the end of an HDLC frame", airTime + settings.FrameTimeout, cancellationToken);
            var isLast = i == frames.Count - 1;
            if (reply.IsConnect && !isLast)
            {
                transmitterOn = true;
                continue;
            }

            if (reply.IsConnect)
            {
                // A stray CONNECT after the final frame: spandsp repeats CONNECT when its HDLC transmitter runs dry
                // before the frame has arrived (a loaded host). The frame still goes out and OK follows.
                reply = await channel.ReadReplyAsync("the OK after the final HDLC frame", airTime + settings.FrameTimeout, cancellationToken);
            }

            if (!reply.IsOk)
            {
                return false;
            }

            transmitterOn = false;
        }

        return true;
    }

    /// <summary>+FTS=n: n × 10 ms of silence (the requested time plus the configured extra, rounded up).</summary>
    public async Task<bool> SendSilenceAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var tens = (int)Math.Ceiling((duration + settings.ExtraSilence).TotalMilliseconds / 10);
        if (tens <= 0)
        {
            return true;
        }

        var reply = await channel.CommandAsync($"+FTS={tens}", settings.CommandTimeout + duration, cancellationToken);
        return reply.IsOk;
    }

    /// <summary>The configured switching command (+FRS=7) before V.21 goes out right after a reception.</summary>
    public async Task<bool> WaitForLineToClearAsync(CancellationToken cancellationToken)
    {
        if (settings.SwitchingCommand is not { Length: > 0 } command)
        {
            return true;
        }

        var reply = await channel.CommandAsync(command, settings.CommandTimeout, cancellationToken);
        return reply.IsOk;
    }

    /// <summary>+FTM=<paramref name="modulationCode"/>, the data with every DLE doubled, DLE ETX, then OK once the modem has sent it all.</summary>
    public async Task<bool> SendHighSpeedAsync(int modulationCode, ReadOnlyMemory<byte> data, int bitRate, CancellationToken cancellationToken)
    {
        await DelayAsync(settings.DelayBeforeDataTransmit, cancellationToken);
        var start = await channel.CommandAsync($"+FTM={modulationCode}", settings.CommandTimeout, cancellationToken);
        if (!start.IsConnect)
        {
            return false;
        }

        await DelayAsync(settings.DelayAfterDataConnect, cancellationToken);
        const int chunk = 4096;
        for (var offset = 0; offset < data.Length; offset += chunk)
        {
            await WriteShieldedAsync(data.Slice(offset, Math.Min(chunk, data.Length - offset)), cancellationToken, endOfText: false);
        }

        await channel.WriteAsync(new byte[] { Dle.DataLinkEscape, Dle.EndOfText }, cancellationToken);
        var airTime = TimeSpan.FromSeconds(data.Length * 8.0 / bitRate);
        var reply = await channel.ReadReplyAsync("the end of high-speed data", airTime + settings.TransmitMargin, cancellationToken);
        return reply.IsOk;
    }

    /// <summary>
    /// Receives one V.21 HDLC frame. Without <paramref name="carrierOn"/> it sends +FRH=3 first; with it the modem
    /// has already said CONNECT (after ATD). <paramref name="giveUp"/> aborts the wait for flags (a T.30 timer ran out);
    /// once a frame has started it is read to its end.
    /// </summary>
    public async Task<Class1Reception> ReceiveFrameAsync(bool carrierOn, CancellationToken giveUp, CancellationToken cancellationToken)
    {
        if (!carrierOn)
        {
            var start = await AwaitCarrierAsync("+FRH=3", giveUp, cancellationToken);
            if (start != ReceptionStatus.Received)
            {
                return Class1Reception.Of(start);
            }
        }

        var frame = new ArrayBufferWriter<byte>(64);
        using (var deadline = Deadline(settings.FrameTimeout, cancellationToken))
        {
            try
            {
                if (!await ShieldedDataReader.ReadUntilEndOfTextAsync(channel, frame, 512, deadline.Token))
                {
                    throw new IOException($"The modem port {channel.Port.Name} closed during an HDLC frame.");
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ModemTimeoutException("the end of an HDLC frame (DLE ETX)", settings.FrameTimeout);
            }
        }

        var result = await channel.ReadReplyAsync("the result of an HDLC frame", settings.CommandTimeout, cancellationToken);
        var status = result.FinalResult switch
        {
            "OK" => ReceptionStatus.Received,
            "NO CARRIER" when frame.WrittenCount == 0 => ReceptionStatus.NoCarrier,
            _ => ReceptionStatus.Corrupted,
        };
        return new Class1Reception(status, WithoutRepeatedConnect(frame.WrittenMemory));
    }

    /// <summary>
    /// +FRM=<paramref name="modulationCode"/>: receives TCF or page data until the carrier drops (DLE ETX, then
    /// NO CARRIER). <see cref="ReceptionStatus.WrongCarrier"/> (+FCERROR) means V.21 came instead. With
    /// <paramref name="watch"/> (page data) a carrier that brings no end of line (or ECM frame) for
    /// <see cref="Class1ModemSettings.PageDataStallTimeout"/>, or a NO CARRIER inside the data, ends the reception as
    /// <see cref="ReceptionStatus.CarrierLost"/>: the modem is brought back to command mode and the data so far returned.
    /// </summary>
    public async Task<Class1Reception> ReceiveHighSpeedAsync(
        int modulationCode, CancellationToken giveUp, CancellationToken cancellationToken, PageDataWatch? watch = null)
    {
        var start = await AwaitCarrierAsync($"+FRM={modulationCode}", giveUp, cancellationToken);
        if (start != ReceptionStatus.Received)
        {
            return Class1Reception.Of(start);
        }

        var data = new ArrayBufferWriter<byte>(64 * 1024);
        using var deadline = Deadline(settings.PageTimeout, cancellationToken);
        using var stall = watch is null ? null : new CancellationTokenSource(settings.PageDataStallTimeout, time);
        using var reading = stall is null ? null : CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, stall.Token);
        var stalled = false;
        try
        {
            var ended = await ShieldedDataReader.ReadUntilEndOfTextAsync(
                channel,
                data,
                settings.MaxPageBytes,
                reading?.Token ?? deadline.Token,
                watch is null ? null : octet =>
                {
                    if (watch.Observe(octet) && !stall!.IsCancellationRequested)
                    {
                        stall.CancelAfter(settings.PageDataStallTimeout);
                    }

                    if (watch.CarrierLost)
                    {
                        stall!.Cancel();
                    }
                });
            if (!ended)
            {
                throw new IOException($"High-speed data from {channel.Port.Name} ended without DLE ETX (port closed or more than {settings.MaxPageBytes} octets).");
            }
        }
        catch (OperationCanceledException) when (stall?.IsCancellationRequested == true && !deadline.IsCancellationRequested)
        {
            stalled = true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModemTimeoutException("the end of high-speed data (DLE ETX)", settings.PageTimeout);
        }

        if (stalled)
        {
            var lost = watch!.CarrierLost;
            if (!lost)
            {
                // Back to command mode: any character ends the reception (DLE ETX may come first, then OK).
                await channel.WriteAsync(new[] { Cancel }, cancellationToken);
                await channel.ReadReplyAsync("the modem to abort the page reception", settings.CommandTimeout, cancellationToken);
            }

            return new Class1Reception(ReceptionStatus.CarrierLost, data.WrittenMemory[..^watch.TrailingResultLength])
            {
                Detail = lost
                    ? "the modem reported NO CARRIER during the page"
                    : $"no {(watch.CountsFrames ? "ECM frame" : "end of line")} came for {settings.PageDataStallTimeout.TotalSeconds:0} s (the caller's carrier is gone or brings only fill)",
            };
        }

        // T.31: DLE ETX is followed by NO CARRIER (some modems say OK).
        await channel.ReadReplyAsync("the result after high-speed data", settings.CommandTimeout, cancellationToken);
        return new Class1Reception(ReceptionStatus.Received, data.WrittenMemory);
    }

    /// <summary>
    /// spandsp sometimes says CONNECT twice to +FRH=3; the second one arrives where the frame should start. A frame
    /// starts with the address 0xFF, so a prefix made only of CR, LF and "CONNECT" is dropped.
    /// </summary>
    private static ReadOnlyMemory<byte> WithoutRepeatedConnect(ReadOnlyMemory<byte> frame)
    {
        var address = frame.Span.IndexOf((byte)0xFF);
        return address > 0 && !frame.Span[..address].ContainsAnyExcept("\r\nCONNECT"u8) ? frame[address..] : frame;
    }

    private async Task<ReceptionStatus> AwaitCarrierAsync(string command, CancellationToken giveUp, CancellationToken cancellationToken)
    {
        await channel.WriteAsync(Encoding.ASCII.GetBytes($"AT{command}\r"), cancellationToken);
        ModemReply reply;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(giveUp, cancellationToken);
        try
        {
            // Waiting for a carrier is bounded by the T.30 timer behind giveUp, and by a generous ceiling.
            reply = await channel.ReadReplyAsync($"AT{command}", settings.PageTimeout, waiting.Token);
        }
        catch (OperationCanceledException) when (giveUp.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await channel.WriteAsync(new[] { Cancel }, cancellationToken);
            reply = await channel.ReadReplyAsync($"the modem to abort AT{command}", settings.CommandTimeout, cancellationToken);
            if (!reply.IsConnect)
            {
                return ReceptionStatus.Aborted;
            }
        }

        return reply.FinalResult switch
        {
            var r when r.StartsWith("CONNECT", StringComparison.Ordinal) => ReceptionStatus.Received,
            "+FCERROR" => ReceptionStatus.WrongCarrier,
            "NO CARRIER" => ReceptionStatus.NoCarrier,
            "OK" => ReceptionStatus.Aborted,
            _ => ReceptionStatus.Refused,
        };
    }

    private async Task WriteShieldedAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken, bool endOfText = true)
    {
        var output = new ArrayBufferWriter<byte>(data.Length + (data.Length / 8) + 2);
        Dle.Stuff(data.Span, output);
        if (endOfText)
        {
            var tail = output.GetSpan(2);
            tail[0] = Dle.DataLinkEscape;
            tail[1] = Dle.EndOfText;
            output.Advance(2);
        }

        await channel.WriteAsync(output.WrittenMemory, cancellationToken);
    }

    private async Task ExpectOkAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = await channel.CommandAsync(command, timeout, cancellationToken);
        if (!reply.IsOk)
        {
            throw new ModemCommandException(command, reply.FinalResult);
        }
    }

    private async Task<IReadOnlyList<string>> QueryAsync(string command, CancellationToken cancellationToken)
    {
        var reply = await channel.CommandAsync(command, settings.CommandTimeout, cancellationToken);
        return reply.IsOk ? reply.Lines : [];
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        return deadline;
    }

    private static string FirstValue(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var value = lines[0];
        var colon = value.StartsWith('+') ? value.IndexOf(':') : -1;
        return (colon >= 0 ? value[(colon + 1)..] : value).Trim().Trim('"');
    }

    private static List<string> ParseList(IReadOnlyList<string> lines) =>
        string.Join(',', lines.Select(l => l.StartsWith('+') && l.Contains(':') ? l[(l.IndexOf(':') + 1)..] : l))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => v.Trim('(', ')'))
            .Where(v => v.Length > 0)
            .ToList();

    /// <summary>Modulation codes such as "24,48,72" or "(24-48)"; ranges are expanded.</summary>
    private static List<int> ParseCodes(IReadOnlyList<string> lines)
    {
        var codes = new List<int>();
        foreach (var value in ParseList(lines))
        {
            var dash = value.IndexOf('-');
            if (dash > 0
                && int.TryParse(value[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(value[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                for (var code = from; code <= to && code - from < 256; code++)
                {
                    codes.Add(code);
                }
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
