using System.Buffers;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>Sending: dial, then each page through +FDT, its data and its post-page exchange.</summary>
public sealed partial class Class2FaxModem
{
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
            var message = PostPageMessageAfter(request.Pages, index);
            var retries = 0;
            while (true)
            {
                var outcome = await SendPageAsync(call, page, index + 1, message, progress, cancellationToken);
                if (outcome is null)
                {
                    if (_pageDataWritten)
                    {
                        pages.Add(FaxPageReport.Unanswered(index + 1, Class2PageImage.Describe(call.Session ?? options.Capabilities), page.Height, retries));
                    }

                    return SendFailed(call, pages, request.Pages.Count, $"page {index + 1} was not confirmed");
                }

                var (response, session) = outcome.Value;
                var verdict = OutcomeOf(response);
                var accepted = verdict is PageOutcome.Confirmed or PageOutcome.ConfirmedRetrain;
                var retry = !accepted && retries < options.MaxPageRetransmissions && !call.HasEnded;
                var report = retry ? null : new FaxPageReport(index + 1, verdict, Verdict(response), Class2PageImage.Describe(session), page.Height, 0, retries, null);
                progress?.Report(new FaxProgress(FaxCallPhase.PostPage,
                    $"Page {index + 1}: {Verdict(response)}{(retry ? ", sending it again" : string.Empty)}", index + 1, report));
                if (report is null)
                {
                    retries++;
                    continue;
                }

                pages.Add(report);
                if (!accepted)
                {
                    return SendFailed(call, pages, request.Pages.Count, $"page {index + 1} was refused ({Verdict(response)})", T30Error.PageRejected);
                }

                break;
            }

            if (call.HasEnded && index < request.Pages.Count - 1)
            {
                return SendFailed(call, pages, request.Pages.Count, "the call ended before the last page");
            }
        }

        if (!call.HasEnded)
        {
            await AwaitHangupReportAsync(call, cancellationToken);
        }

        progress?.Report(new FaxProgress(FaxCallPhase.HangingUp, $"Call ended: {call.Hangup?.Text ?? "hung up"}"));
        if (call.Hangup is { IsNormal: false } abnormal)
        {
            return SendFailed(call, pages, request.Pages.Count, $"the call ended abnormally after the last page ({abnormal.Text})");
        }

        return FaxCallResult.Connected(T30Error.Success, $"{pages.Count} of {request.Pages.Count} page(s) sent and confirmed", pages,
            request.Pages.Count, call.RemoteIdentity, pages[^1].Parameters, Reason(call.Hangup));
    }

    /// <summary>
    /// EOP after the last page; EOM when the next page needs other parameters (resolution or width), so the modem goes
    /// back to phase B and sends a new DCS; MPS otherwise (the parameters in force stay, and no new +FCS comes).
    /// </summary>
    private static PostPageMessage PostPageMessageAfter(IReadOnlyList<Imaging.FaxPage> pages, int index)
    {
        if (index == pages.Count - 1)
        {
            return PostPageMessage.EndOfProcedure;
        }

        var (page, next) = (pages[index], pages[index + 1]);
        return Class2PageImage.ResolutionOf(page) != Class2PageImage.ResolutionOf(next) || page.Width != next.Width
            ? PostPageMessage.EndOfMessage
            : PostPageMessage.MultiPage;
    }

    /// <summary>One copy of a page: +FDT, CONNECT, data, end-of-page code, the post-page reply. Null when the call broke.</summary>
    private async Task<(PostPageResponse Response, Class2SessionParameters Session)?> SendPageAsync(
        Class2CallState call, Imaging.FaxPage page, int number, PostPageMessage message, IProgress<FaxProgress>? progress, CancellationToken cancellationToken)
    {
        var wanted = options.Capabilities.WithResolution(Class2PageImage.ResolutionOf(page)) with
        {
            WidthCode = Math.Min(options.Capabilities.WidthCode, Class2PageImage.WidthCodeFor(page.Width)),
        };
        _pageDataWritten = false;
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
        cancellationToken.ThrowIfCancellationRequested();
        _pageDataWritten = true;
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

    private FaxCallResult SendFailed(Class2CallState call, List<FaxPageReport> pages, int documentPages, string what, T30Error? error = null)
    {
        var status = call.Hangup;
        var detail = status is null ? $"Sending stopped: {what}" : $"Sending stopped: {what}; the modem reported {status.Text}";
        return FaxCallResult.Connected(error ?? status?.T30Error ?? T30Error.NoResponseToPostPage, detail, pages, documentPages, call.RemoteIdentity,
            pages.Count > 0 ? pages[^1].Parameters : null, Reason(status));
    }
}
