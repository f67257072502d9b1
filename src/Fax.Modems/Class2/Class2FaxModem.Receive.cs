using System.Buffers;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>Receiving: wait for rings, answer, then each page through +FDR, DC2, its data and our verdict.</summary>
public sealed partial class Class2FaxModem
{
    /// <summary>Once a call rings, how long to wait for its next RING before it counts as gone.</summary>
    private static readonly TimeSpan RingGap = TimeSpan.FromSeconds(10);

    private async Task<FaxCallResult> ReceiveCoreAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        var ringsHeard = request.ModemReady ? await CheckIdleAsync(cancellationToken) : null;
        if (ringsHeard is null && await InitialiseAsync(receiving: true, progress, cancellationToken) is { } refused)
        {
            return refused;
        }

        progress?.Report(new FaxProgress(FaxCallPhase.WaitingForCall, $"Waiting for a call (answering after {request.AnswerRings} ring(s))"));
        if (!await AwaitRingsAsync(request, ringsHeard ?? 0, progress, cancellationToken))
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
            var quality = new PageQuality(decoded.Statistics.TotalRows, decoded.Statistics.BadRows, decoded.Statistics.LongestBadRun)
            {
                Truncated = decoded.Statistics.Truncated,
            };
            var verdict = call.HasEnded || decoded.Statistics.TotalRows == 0
                ? PostPageResponse.RetrainNegative
                : options.CopyQuality.Decide(quality, session.Resolution) switch
                {
                    var fcf when fcf == FacsimileControlField.RTN => PostPageResponse.RetrainNegative,
                    var fcf when fcf == FacsimileControlField.RTP => PostPageResponse.RetrainPositive,
                    _ => PostPageResponse.Confirmed,
                };
            var kept = verdict != PostPageResponse.RetrainNegative;
            pages.Add(new FaxPageReport(pageNumber, OutcomeOf(verdict), Verdict(verdict), Class2PageImage.Describe(session),
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
            return FaxCallResult.Connected(T30Error.Success, $"{keptPages} page(s) received", pages, null,
                call.RemoteIdentity, pages[^1].Parameters, Reason(call.Hangup));
        }

        var error = call.Hangup is { IsNormal: false } hangup ? hangup.T30Error : T30Error.LineDropped;
        return FaxCallResult.Connected(error,
            $"Reception ended after {keptPages} page(s): {call.Hangup?.Text ?? "the modem gave no hang-up status"}",
            pages, null, call.RemoteIdentity, pages.Count > 0 ? pages[^1].Parameters : null, Reason(call.Hangup));
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

    /// <summary>An idle modem still set up from the last wait: AT → OK, counting RINGs that came meanwhile; null without OK.</summary>
    private async Task<int?> CheckIdleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reply = await CommandAsync(string.Empty, options.CommandTimeout, cancellationToken);
            return reply.IsOk ? reply.Lines.Count(line => line.StartsWith("RING", StringComparison.Ordinal)) : null;
        }
        catch (ModemTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Rings up to the request's count; a call that has started ringing is waited for past the deadline while its rings keep coming.</summary>
    private async Task<bool> AwaitRingsAsync(FaxReceiveRequest request, int ringsHeard, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        var rings = ringsHeard;
        var waitUntil = DateTimeOffset.UtcNow + request.WaitForCall;
        if (rings > 0 && waitUntil < DateTimeOffset.UtcNow + RingGap)
        {
            waitUntil = DateTimeOffset.UtcNow + RingGap;
        }

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
                if (waitUntil < DateTimeOffset.UtcNow + RingGap)
                {
                    waitUntil = DateTimeOffset.UtcNow + RingGap;
                }

                progress?.Report(new FaxProgress(FaxCallPhase.WaitingForCall, $"Ring {rings}"));
            }
        }

        return true;
    }
}
