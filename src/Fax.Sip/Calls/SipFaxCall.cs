using Groupus.Fax.Sip.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;

namespace Groupus.Fax.Sip.Calls;

/// <summary>
/// One fax call over SIP from set-up to BYE: answered (or placed) on audio or T.38, switched to T.38 by our re-INVITE or
/// the peer's, the fax handed to <see cref="IT38FaxCall"/>, and ended with BYE when the fax returns, when the peer stays
/// silent for the media timeout, or when T.38 never comes. The peer's refreshes are answered from <see cref="CallMedia"/>,
/// unchanged when the offer is. SIP callbacks (under the stack's lock) only record and start work; the waiting runs on
/// the thread pool.
/// </summary>
internal sealed class SipFaxCall : IAsyncDisposable
{
    private readonly SipUserAgent _userAgent;
    private readonly CallMedia _media;
    private readonly TimeSpan _mediaTimeout;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _ended = new();
    private readonly CancellationTokenSource _t38Wait = new();
    private readonly TaskCompletionSource<FaxCallResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _faxStarted;

    public SipFaxCall(SipUserAgent userAgent, CallMedia media, string callId, SipFaxLine line, FaxCallDirection direction, string calledNumber, string? callingNumber, TimeSpan mediaTimeout, TimeProvider time)
    {
        _userAgent = userAgent;
        _media = media;
        CallId = callId;
        Line = line;
        Direction = direction;
        CalledNumber = calledNumber;
        CallingNumber = callingNumber;
        _mediaTimeout = mediaTimeout;
        _time = time;
        Ended = _ended.Token;
    }

    public string CallId { get; }

    public SipFaxLine Line { get; }

    public FaxCallDirection Direction { get; }

    public string CalledNumber { get; }

    public string? CallingNumber { get; }

    public SipFaxCallState State { get; private set; } = SipFaxCallState.Setup;

    public SipDialog? Dialog { get; private set; }

    /// <summary>The fax procedure to run once T.38 is agreed; set before the call is answered or placed.</summary>
    public IT38FaxCall? Fax { get; set; }

    /// <summary>Cancelled when the call ends for any reason (CANCEL, BYE, our decision).</summary>
    public CancellationToken Ended { get; }

    public Task<FaxCallResult> Result => _result.Task;

    public SipFaxCallStatus Status => new(CallId, Line, Direction, State);

    /// <summary>The dialog is confirmed (ACK received or sent): fax at once if T.38 is agreed, else switch or wait for the peer.</summary>
    public void Confirmed(SipDialog dialog)
    {
        Dialog = dialog;
        if (_media.T38Agreed)
        {
            StartFax();
            return;
        }

        State = SipFaxCallState.Audio;
        if (Line.T38.RequestT38AfterAnswer)
        {
            _ = Task.Run(RequestT38Async);
        }

        _ = WaitForT38Async();
    }

    /// <summary>The peer's re-INVITE or UPDATE: a refresh gets our unchanged answer, a T.38 offer starts the fax, a refused offer 488.</summary>
    public SipAnswer Offer(SipRequest request)
    {
        if (request.Body.IsEmpty)
        {
            return Dialog?.LocalSession is { } session ? SipAnswer.Ok(session.ContentType, session.Body) : new SipAnswer(200);
        }

        var answer = _media.Answer(request.Body);
        if (!answer.IsSuccess)
        {
            return new SipAnswer(488);
        }

        if (_media.T38Agreed)
        {
            StartFax();
        }

        return SipAnswer.Ok(CallMedia.ContentType, answer.Value!);
    }

    /// <summary>The dialog ended (the peer's BYE or ours): the fax procedure, if any, is cancelled and decides the result.</summary>
    public void Terminated()
    {
        _ = _ended.CancelAsync();
        if (Volatile.Read(ref _faxStarted) == 0)
        {
            Finish(FaxCallResult.Unconnected(FaxCallOutcome.NoCarrier, "the call ended before T.38 was agreed"));
        }
    }

    /// <summary>Ends a call that has no dialog (cancelled, refused, not answered) with this result.</summary>
    public void Abandon(FaxCallResult result)
    {
        _ = _ended.CancelAsync();
        Finish(result);
    }

    /// <summary>Our side hangs up: BYE when a dialog exists, else the call is abandoned.</summary>
    public void HangUp(string detail)
    {
        if (Dialog is null)
        {
            Abandon(FaxCallResult.Unconnected(FaxCallOutcome.NoAnswer, detail));
            return;
        }

        _ = _ended.CancelAsync();
        if (Volatile.Read(ref _faxStarted) == 0)
        {
            SendBye();
            Finish(FaxCallResult.Unconnected(FaxCallOutcome.NoCarrier, detail));
        }
    }

    /// <summary>Releases the media sockets. The token sources hold no timer and stay undisposed: late callbacks may still read them.</summary>
    public ValueTask DisposeAsync() => _media.DisposeAsync();

    private void StartFax()
    {
        if (Interlocked.Exchange(ref _faxStarted, 1) == 0)
        {
            State = SipFaxCallState.T38;
            _ = _t38Wait.CancelAsync();
            _ = Task.Run(RunFaxAsync);
        }
    }

    private async Task RequestT38Async()
    {
        var response = await _userAgent.ReInviteAsync(Dialog!, CallMedia.ContentType, _media.OfferT38()).ConfigureAwait(false);
        if (response.IsSuccess && await _media.AcceptT38AnswerAsync(response.Body).ConfigureAwait(false))
        {
            StartFax();
            return;
        }

        // Refused (488 and the like): the dialog stays up on audio and the peer may still switch within the wait.
        await _media.T38RefusedAsync().ConfigureAwait(false);
    }

    private async Task WaitForT38Async()
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Ended, _t38Wait.Token);
        try
        {
            await Task.Delay(Line.T38.T38ReinviteTimeout, _time, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        HangUp($"no T.38 within {Line.T38.T38ReinviteTimeout.TotalSeconds:0} s of the answer");
    }

    private async Task RunFaxAsync()
    {
        var udptl = _media.Udptl!;
        if (_media.PeerImage is { } peer)
        {
            udptl.SetSignalledRemote(peer);
        }

        udptl.Start();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(Ended);
        var context = new T38CallContext(Line, Direction, CalledNumber, CallingNumber, _media.Agreed!, _media.PeerMaxDatagram, udptl);
        var fax = Fax is { } procedure
            ? procedure.RunAsync(context, running.Token)
            : Task.FromResult(FaxCallResult.Unconnected(FaxCallOutcome.NoCarrier, "no fax procedure was given for the call"));
        var silence = MediaWatch.UntilSilentAsync(udptl, _mediaTimeout, _time, running.Token);
        bool silent = await Task.WhenAny(fax, silence).ConfigureAwait(false) == silence && silence.IsCompletedSuccessfully;
        if (silent)
        {
            await running.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            var result = await fax.ConfigureAwait(false);
            await running.CancelAsync().ConfigureAwait(false);
            SendBye();
            Finish(result);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            SendBye();
            Finish(FaxCallResult.Unconnected(
                FaxCallOutcome.NoCarrier,
                silent ? $"no UDPTL from the peer for {_mediaTimeout.TotalSeconds:0} s" : "the call ended during the fax"));
        }
        catch (Exception exception)
        {
            SendBye();
            State = SipFaxCallState.Ended;
            _result.TrySetException(exception);
        }
    }

    private void SendBye()
    {
        if (Dialog is { State: not DialogState.Terminated } dialog)
        {
            _ = _userAgent.ByeAsync(dialog);
        }
    }

    private void Finish(FaxCallResult result)
    {
        State = SipFaxCallState.Ended;
        _result.TrySetResult(result);
    }
}
