using System.Buffers;
using System.Globalization;
using System.Text;
using Groupus.FaxGateway.Lines;
using Groupus.FaxGateway.Serial;
using Groupus.FaxGateway.T30;

namespace Groupus.FaxGateway.Class2;

/// <summary>
/// A fax modem driven in service class 2 or 2.0: the modem runs T.30 itself and the host gives it pages, takes
/// pages from it and judges their quality. Every step is a command with a deadline; the replies are fed to a
/// <see cref="Class2CallState"/> and the next command is chosen from that state. A modem that misses a deadline
/// is reset and reported with <see cref="ModemNotRespondingException"/>.
/// </summary>
public sealed class Class2FaxModem(ModemChannel channel, Class2ModemOptions options) : IFaxModemDriver
{
    private const byte EndOfPageMps = (byte)',';
    private const byte EndOfPageEom = (byte)';';
    private const byte EndOfPageEop = (byte)'.';
    private const byte Cancel = 0x18;
    private const byte TransmitOn = 0x11;

    private readonly Class2Vocabulary _words = Class2Vocabulary.For(options.Dialect);

    public string FaxClass => _words.ClassValue;

    public Class2ModemOptions Options => options;

    /// <summary>Test seam: how a page becomes line data (the real T.4 coder unless a test swaps it).</summary>
    internal Func<Imaging.FaxPage, Class2SessionParameters, byte[]> EncodePage { get; init; } = Class2PageImage.Encode;

    /// <summary>Test seam: how received line data becomes a page (the real T.4 decoder unless a test swaps it).</summary>
    internal Func<ReadOnlyMemory<byte>, Class2SessionParameters, Imaging.FaxDecodeResult> DecodePage { get; init; } = Class2PageImage.Decode;

    public Task<ModemIdentity> ProbeAsync(CancellationToken cancellationToken) =>
        GuardAsync("the probe", () => ModemProbe.ProbeAsync(channel, options.ResetCommand, options.CommandTimeout, cancellationToken), cancellationToken);

    public Task<FaxCallResult> SendAsync(FaxSendRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync("the send procedure", () => WithHangupAsync(() => SendCoreAsync(request, progress, cancellationToken), cancellationToken), cancellationToken);
    }

    public Task<FaxCallResult> ReceiveAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync("the receive procedure", () => WithHangupAsync(() => ReceiveCoreAsync(request, progress, cancellationToken), cancellationToken), cancellationToken);
    }

    private async Task<FaxCallResult> SendCoreAsync(FaxSendRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Pages.Count == 0)
        {
            return new FaxCallResult(FaxCallOutcome.ProtocolFailure, T30Error.NothingToSend, T30Error.NothingToSend.Text, [], null, null, null);
        }

        if (await InitialiseAsync(receiving: false, progress, cancellationToken) is { } refused)
        {
            return refused;
        }

        var call = new Class2CallState(_words);
        call.BeginCall();
        progress?.Report(new FaxProgress(FaxCallPhase.Dialling, $"Dialling {request.Number}"));
        var dialled = await CommandAsync($"DT{request.Number}", options.DialTimeout, cancellationToken);
        call.Feed(dialled);
        if (CallNotConnected(dialled, call) is { } failedCall)
        {
            return failedCall;
        }

        progress?.Report(new FaxProgress(FaxCallPhase.Negotiating, DescribeRemote(call)));
        var pages = new List<FaxPageReport>();
        for (var index = 0; index < request.Pages.Count; index++)
        {
            var page = request.Pages[index];
            var message = index == request.Pages.Count - 1 ? PostPageMessage.EndOfProcedure : PostPageMessage.MultiPage;
            var retries = 0;
            while (true)
            {
                var outcome = await SendPageAsync(call, page, index + 1, message, progress, cancellationToken);
                if (outcome is null)
                {
                    return SendFailed(call, pages, $"page {index + 1} was not confirmed");
                }

                var (response, session) = outcome.Value;
                var accepted = response is PostPageResponse.Confirmed or PostPageResponse.RetrainPositive or PostPageResponse.InterruptPositive;
                var retry = !accepted && retries < options.MaxPageRetransmissions && !call.HasEnded;
                progress?.Report(new FaxProgress(FaxCallPhase.PostPage,
                    $"Page {index + 1}: {Verdict(response)}{(retry ? ", sending it again" : string.Empty)}", index + 1));
                if (retry)
                {
                    retries++;
                    continue;
                }

                pages.Add(new FaxPageReport(index + 1, accepted, Verdict(response), Class2PageImage.Describe(session), page.Height, 0, retries, null));
                if (!accepted)
                {
                    return SendFailed(call, pages, $"page {index + 1} was refused ({Verdict(response)})", T30Error.PageRejected);
                }

                break;
            }

            if (call.HasEnded && index < request.Pages.Count - 1)
            {
                return SendFailed(call, pages, "the call ended before the last page");
            }
        }

        if (!call.HasEnded)
        {
            await AwaitHangupReportAsync(call, cancellationToken);
        }

        progress?.Report(new FaxProgress(FaxCallPhase.HangingUp, $"Call ended: {call.Hangup?.Text ?? "hung up"}"));
        if (call.Hangup is { IsNormal: false } abnormal)
        {
            return SendFailed(call, pages, $"the call ended abnormally after the last page ({abnormal.Text})");
        }

        return new FaxCallResult(FaxCallOutcome.Success, T30Error.Success, $"{pages.Count} page(s) sent and confirmed", pages,
            call.RemoteIdentity, pages[^1].Parameters, Reason(call.Hangup));
    }

    /// <summary>One copy of a page: +FDT, CONNECT, data, end-of-page code, the post-page reply. Null when the call broke.</summary>
    private async Task<(PostPageResponse Response, Class2SessionParameters Session)?> SendPageAsync(
        Class2CallState call, Imaging.FaxPage page, int number, PostPageMessage message, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        var wanted = options.Capabilities.WithResolution(Class2PageImage.ResolutionOf(page)) with
        {
            WidthCode = Math.Min(options.Capabilities.WidthCode, Class2PageImage.WidthCodeFor(page.Width)),
        };
        var parameters = await CommandAsync($"{_words.SessionParameters}={wanted.Format()}", options.CommandTimeout, cancellationToken);
        if (!parameters.IsOk)
        {
            return null;
        }

        var transmit = await CommandAsync("+FDT", options.PageExchangeTimeout, cancellationToken);
        call.Feed(transmit);
        if (!transmit.IsConnect)
        {
            return null;
        }

        var session = call.Session ?? (call.RemoteCapabilities is { } remote ? Class2SessionParameters.Negotiate(wanted, remote) : wanted);
        progress?.Report(new FaxProgress(FaxCallPhase.Transferring, $"Page {number}: sending at {session}", number));
        if (options.Dialect == Class2Dialect.Class2)
        {
            await AwaitTransmitOnAsync(cancellationToken);
        }

        call.BeginPageData();
        var image = EncodePage(page, session);
        var stuffed = new ArrayBufferWriter<byte>(image.Length + (image.Length / 8) + 2);
        Dle.Stuff(image, stuffed);
        var ending = stuffed.GetSpan(2);
        ending[0] = Dle.DataLinkEscape;
        ending[1] = options.Dialect == Class2Dialect.Class20
            ? message switch { PostPageMessage.MultiPage => EndOfPageMps, PostPageMessage.EndOfMessage => EndOfPageEom, _ => EndOfPageEop }
            : Dle.EndOfText;
        stuffed.Advance(2);
        await channel.WriteAsync(stuffed.WrittenMemory, cancellationToken);
        progress?.Report(new FaxProgress(FaxCallPhase.PostPage, $"Page {number}: {image.Length} bytes sent, {PostPageName(message)}", number));

        ModemReply reply;
        if (options.Dialect == Class2Dialect.Class2)
        {
            var endOfData = await channel.ReadReplyAsync("the end of page data", options.PageExchangeTimeout, cancellationToken);
            call.Feed(endOfData);
            if (!endOfData.IsOk)
            {
                return null;
            }

            reply = await CommandAsync($"+FET={(int)message}", options.PageExchangeTimeout, cancellationToken);
        }
        else
        {
            reply = await channel.ReadReplyAsync("the post-page response", options.PageExchangeTimeout, cancellationToken);
        }

        call.Feed(reply);
        return call.TakePageStatus() is { } response ? (response, session) : null;
    }

    private async Task<FaxCallResult> ReceiveCoreAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        if (await InitialiseAsync(receiving: true, progress, cancellationToken) is { } refused)
        {
            return refused;
        }

        progress?.Report(new FaxProgress(FaxCallPhase.WaitingForCall, $"Waiting for a call (answering after {request.AnswerRings} ring(s))"));
        if (!await AwaitRingsAsync(request, progress, cancellationToken))
        {
            return FaxCallResult.Unconnected(FaxCallOutcome.NoIncomingCall, $"No call within {request.WaitForCall.TotalSeconds:0} s");
        }

        var call = new Class2CallState(_words);
        call.BeginCall();
        progress?.Report(new FaxProgress(FaxCallPhase.Answering, "Answering"));
        var answered = await CommandAsync("A", options.AnswerTimeout, cancellationToken);
        call.Feed(answered);
        if (CallNotConnected(answered, call) is { } failedCall)
        {
            return failedCall;
        }

        progress?.Report(new FaxProgress(FaxCallPhase.Negotiating, DescribeRemote(call)));
        var pages = new List<FaxPageReport>();
        var pageNumber = 1;
        while (true)
        {
            var receive = await CommandAsync("+FDR", options.PageExchangeTimeout, cancellationToken);
            call.Feed(receive);
            if (!receive.IsConnect)
            {
                break;
            }

            var session = call.Session ?? options.Capabilities;
            progress?.Report(new FaxProgress(FaxCallPhase.Transferring, $"Page {pageNumber}: receiving at {session}", pageNumber));
            await channel.WriteAsync(new[] { Dle.DeviceControl2 }, cancellationToken);
            call.BeginPageData();
            var data = await ReadPageDataAsync(cancellationToken);
            var afterPage = await channel.ReadReplyAsync("the end-of-page report", options.PageExchangeTimeout, cancellationToken);
            call.Feed(afterPage);

            var decoded = DecodePage(data, session);
            var quality = new PageQuality(decoded.Statistics.TotalRows, decoded.Statistics.BadRows, decoded.Statistics.LongestBadRun);
            var verdict = call.HasEnded || decoded.Statistics.TotalRows == 0
                ? PostPageResponse.RetrainNegative
                : options.CopyQuality.Decide(quality, session.Resolution) switch
                {
                    var fcf when fcf == FacsimileControlField.RTN => PostPageResponse.RetrainNegative,
                    var fcf when fcf == FacsimileControlField.RTP => PostPageResponse.RetrainPositive,
                    _ => PostPageResponse.Confirmed,
                };
            var kept = verdict != PostPageResponse.RetrainNegative;
            pages.Add(new FaxPageReport(pageNumber, kept, Verdict(verdict), Class2PageImage.Describe(session),
                decoded.Statistics.TotalRows, decoded.Statistics.BadRows, 0, decoded.Page));
            progress?.Report(new FaxProgress(FaxCallPhase.PostPage,
                $"Page {pageNumber}: {data.Length} bytes, {decoded.Statistics.TotalRows} rows ({decoded.Statistics.BadRows} bad), "
                + $"{(call.LastPostPageMessage is { } ppm ? PostPageName(ppm) : "no post-page message")}, answering {Verdict(verdict)}", pageNumber));
            if (call.HasEnded)
            {
                break;
            }

            var status = await CommandAsync($"{_words.PageStatus}={(int)verdict}", options.CommandTimeout, cancellationToken);
            if (!status.IsOk)
            {
                break;
            }

            if (kept)
            {
                pageNumber++;
            }
        }

        progress?.Report(new FaxProgress(FaxCallPhase.HangingUp, $"Call ended: {call.Hangup?.Text ?? "no hang-up status"}"));
        var keptPages = pages.Count(page => page.Accepted);
        var complete = call.Hangup is { IsNormal: true } && call.LastPostPageMessage == PostPageMessage.EndOfProcedure;
        if (complete && keptPages > 0)
        {
            return new FaxCallResult(FaxCallOutcome.Success, T30Error.Success, $"{keptPages} page(s) received", pages,
                call.RemoteIdentity, pages[^1].Parameters, Reason(call.Hangup));
        }

        var error = call.Hangup is { IsNormal: false } hangup ? hangup.T30Error : T30Error.LineDropped;
        return new FaxCallResult(keptPages > 0 ? FaxCallOutcome.Partial : FaxCallOutcome.ProtocolFailure, error,
            $"Reception ended after {keptPages} page(s): {call.Hangup?.Text ?? "the modem gave no hang-up status"}",
            pages, call.RemoteIdentity, pages.Count > 0 ? pages[^1].Parameters : null, Reason(call.Hangup));
    }

    /// <summary>Reads DLE-shielded page data up to &lt;DLE&gt;&lt;ETX&gt;: DLE DLE is one 0x10, DLE SUB two; other DLE pairs are dropped.</summary>
    private async Task<byte[]> ReadPageDataAsync(CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var data = new ArrayBufferWriter<byte>(64 * 1024);
        var sinceReset = 0;
        idle.CancelAfter(options.PageDataIdleTimeout);
        try
        {
            while (true)
            {
                if (++sinceReset == 256)
                {
                    sinceReset = 0;
                    idle.CancelAfter(options.PageDataIdleTimeout);
                }

                var octet = await NextDataByteAsync(idle.Token);
                if (octet != Dle.DataLinkEscape)
                {
                    Append(data, (byte)octet);
                    continue;
                }

                var escaped = await NextDataByteAsync(idle.Token);
                switch (escaped)
                {
                    case Dle.EndOfText:
                        return data.WrittenSpan.ToArray();
                    case Dle.DataLinkEscape:
                        Append(data, Dle.DataLinkEscape);
                        break;
                    case Dle.Substitute:
                        Append(data, Dle.DataLinkEscape);
                        Append(data, Dle.DataLinkEscape);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModemTimeoutException("page data", options.PageDataIdleTimeout);
        }
    }

    private async ValueTask<int> NextDataByteAsync(CancellationToken cancellationToken)
    {
        var octet = await channel.ReadByteAsync(cancellationToken);
        return octet < 0 ? throw new IOException($"The modem port {channel.Port.Name} closed during page data.") : octet;
    }

    private static void Append(ArrayBufferWriter<byte> data, byte octet)
    {
        data.GetSpan(1)[0] = octet;
        data.Advance(1);
    }

    /// <summary>Class 2 modems send XON (DC1) when they are ready for page data after CONNECT.</summary>
    private async Task AwaitTransmitOnAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.CommandTimeout);
        try
        {
            while (await NextDataByteAsync(deadline.Token) != TransmitOn)
            {
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModemTimeoutException("XON after CONNECT", options.CommandTimeout);
        }
    }

    private async Task<bool> AwaitRingsAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        var rings = 0;
        var waitUntil = DateTimeOffset.UtcNow + request.WaitForCall;
        while (rings < Math.Max(1, request.AnswerRings))
        {
            var remaining = waitUntil - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            string line;
            try
            {
                line = await channel.ReadLineAsync(remaining, cancellationToken);
            }
            catch (ModemTimeoutException)
            {
                return false;
            }

            if (line.StartsWith("RING", StringComparison.Ordinal))
            {
                rings++;
                progress?.Report(new FaxProgress(FaxCallPhase.WaitingForCall, $"Ring {rings}"));
            }
        }

        return true;
    }

    /// <summary>After EOP and MCF the modem reports +FHS:00 (some only after OK); wait briefly for it.</summary>
    private async Task AwaitHangupReportAsync(Class2CallState call, CancellationToken cancellationToken)
    {
        try
        {
            while (!call.HasEnded)
            {
                var line = await channel.ReadLineAsync(options.CommandTimeout, cancellationToken);
                call.Apply(Class2Report.Parse(line, _words));
            }
        }
        catch (ModemTimeoutException)
        {
            // The modem hung up without a status: ATH below makes sure.
        }
    }

    /// <summary>Resets and sets the modem up for fax; null when it agreed to everything.</summary>
    private async Task<FaxCallResult?> InitialiseAsync(bool receiving, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new FaxProgress(FaxCallPhase.Initialising, $"Setting up the modem for Class {_words.ClassValue}"));
        await ResetAsync(cancellationToken);
        var commands = new List<string> { "E0V1Q0" };
        commands.AddRange(options.InitCommands);
        commands.Add($"+FCLASS={_words.ClassValue}");
        if (options.Dialect == Class2Dialect.Class20)
        {
            commands.Add($"+FLO={options.FlowControl switch { FlowControl.Software => 1, FlowControl.Hardware => 2, _ => 0 }}");
            commands.Add("+FNR=1,1,1,0");
        }

        commands.Add($"{_words.BitOrder}=0");
        commands.Add($"{_words.LocalId}=\"{Quote(options.LocalId)}\"");
        commands.Add($"{_words.Capabilities}={options.Capabilities.Format()}");
        commands.Add($"+FCR={(receiving ? 1 : 0)}");
        commands.Add("S0=0");
        foreach (var command in commands)
        {
            var reply = await CommandAsync(command, options.CommandTimeout, cancellationToken);
            if (!reply.IsOk)
            {
                return new FaxCallResult(FaxCallOutcome.ProtocolFailure, T30Error.LocalAbort,
                    $"The modem refused AT{command} ({reply.FinalResult})", [], null, null, null);
            }
        }

        return null;
    }

    private async Task ResetAsync(CancellationToken cancellationToken)
    {
        channel.DiscardInput();
        await CommandAsync(options.ResetCommand, options.CommandTimeout, cancellationToken);
        if (options.ResetDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.ResetDelay, cancellationToken);
        }

        channel.DiscardInput();
    }

    private async Task<ModemReply> CommandAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (options.CommandDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.CommandDelay, cancellationToken);
        }

        return await channel.CommandAsync(command, timeout, cancellationToken);
    }

    private FaxCallResult? CallNotConnected(ModemReply reply, Class2CallState call)
    {
        var hangup = Reason(call.Hangup);
        if (reply.IsOk && !call.HasEnded && call.Phase == Class2Phase.Connected)
        {
            return null;
        }

        return reply.FinalResult switch
        {
            var r when r.StartsWith("BUSY", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.Busy, "The line is busy", hangup),
            var r when r.StartsWith("NO ANSWER", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoAnswer, "No answer", hangup),
            var r when r.StartsWith("NO DIAL", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoDialTone, "No dial tone", hangup),
            _ when call.Hangup is { } status => new FaxCallResult(FaxCallOutcome.ProtocolFailure, status.T30Error,
                $"The call failed: {status.Text}", [], call.RemoteIdentity, null, hangup),
            var r when r.StartsWith("NO CARRIER", StringComparison.Ordinal) => FaxCallResult.Unconnected(FaxCallOutcome.NoCarrier, "No carrier: no fax answered", hangup),
            var r => new FaxCallResult(FaxCallOutcome.ProtocolFailure, T30Error.NoAnswerT1, $"The call did not reach phase B ({r})", [], null, null, hangup),
        };
    }

    private FaxCallResult SendFailed(Class2CallState call, List<FaxPageReport> pages, string what, T30Error? error = null)
    {
        var accepted = pages.Count(page => page.Accepted);
        var status = call.Hangup;
        var detail = status is null ? $"Sending stopped: {what}" : $"Sending stopped: {what}; the modem reported {status.Text}";
        return new FaxCallResult(accepted > 0 ? FaxCallOutcome.Partial : FaxCallOutcome.ProtocolFailure,
            error ?? status?.T30Error ?? T30Error.NoResponseToPostPage, detail, pages, call.RemoteIdentity,
            pages.Count > 0 ? pages[^1].Parameters : null, Reason(status));
    }

    private FaxHangupReason? Reason(HangupStatus? status) =>
        status is null ? null : new FaxHangupReason(_words.HangupReport.TrimStart('+'), status.Format(_words.HexadecimalHangupCodes), status.Text);

    private static string DescribeRemote(Class2CallState call) =>
        $"Connected to \"{call.RemoteIdentity ?? string.Empty}\""
        + (call.RemoteCapabilities is { } remote ? $"; remote can receive up to {remote}" : string.Empty)
        + (call.Session is { } session ? $"; session {session}" : string.Empty);

    private static string Verdict(PostPageResponse response) => response switch
    {
        PostPageResponse.Confirmed => "MCF",
        PostPageResponse.RetrainNegative => "RTN",
        PostPageResponse.RetrainPositive => "RTP",
        PostPageResponse.InterruptNegative => "PIN",
        PostPageResponse.InterruptPositive => "PIP",
        _ => ((int)response).ToString(CultureInfo.InvariantCulture),
    };

    private static string PostPageName(PostPageMessage message) => message switch
    {
        PostPageMessage.MultiPage => "MPS",
        PostPageMessage.EndOfMessage => "EOM",
        _ => "EOP",
    };

    /// <summary>Hangs up whatever happens; a failure to hang up is not allowed to hide the call's own outcome.</summary>
    private async Task<FaxCallResult> WithHangupAsync(Func<Task<FaxCallResult>> procedure, CancellationToken cancellationToken)
    {
        try
        {
            return await procedure();
        }
        finally
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await channel.CommandAsync("H0", options.CommandTimeout, CancellationToken.None);
                }
                catch (Exception exception) when (exception is ModemTimeoutException or IOException)
                {
                    // The caller's procedure either succeeded or is already reporting the failure.
                }
            }
        }
    }

    /// <summary>Turns a missed deadline or a closed port into a reset attempt and a typed report.</summary>
    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var waitingFor = exception is ModemTimeoutException timeout ? timeout.WaitingFor : what;
            throw new ModemNotRespondingException(channel.Port.Name, waitingFor, await TryResetAsync(), exception);
        }
    }

    private async Task<bool> TryResetAsync()
    {
        try
        {
            // CAN ends a data phase on most modems; then a plain reset.
            await channel.WriteAsync(new[] { Cancel, (byte)'\r' }, CancellationToken.None);
            channel.DiscardInput();
            var reply = await channel.CommandAsync(options.ResetCommand, options.CommandTimeout, CancellationToken.None);
            return reply.IsOk;
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException)
        {
            return false;
        }
    }

    internal static string Quote(string text) => Encoding.ASCII.GetString(Encoding.ASCII.GetBytes(text)).Replace("\"", string.Empty, StringComparison.Ordinal);
}
