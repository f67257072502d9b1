using System.Collections.Concurrent;
using System.Net;
using Groupus.Fax.Sip.Calls;
using Groupus.Fax.Sip.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.Sip;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;
using Groupus.Sip.Registrar;
using Groupus.Sip.Transactions;

namespace Groupus.Fax.Sip;

/// <summary>
/// The gateway's SIP fax user agent on one UDP socket: a registrar for its ATA lines, inbound calls answered and routed
/// by the called number, outbound calls placed to an ATA's registered contact or a trunk, each switched to T.38 and
/// handed to an <see cref="IT38FaxCall"/>. Built on <see cref="SipStack"/> (ADR 0052), SDP answers from
/// <c>Groupus.Sdp</c> and UDPTL sessions from <c>Groupus.Fax.T38</c> (ADR 0053).
/// </summary>
public sealed class SipFaxUserAgent : IAsyncDisposable
{
    private readonly SipStack _stack;
    private readonly SipFaxOptions _options;
    private readonly SipFaxLines _lines;
    private readonly ISipFaxRouter _router;
    private readonly TimeProvider _time;
    private readonly IPAddress _address;
    private readonly ConcurrentDictionary<string, SipFaxCall> _calls = new(StringComparer.Ordinal);

    private SipFaxUserAgent(SipStack stack, SipFaxOptions options, ISipCredentialStore credentials, ISipFaxRouter router, TimeProvider time)
    {
        _stack = stack;
        _options = options;
        _lines = new SipFaxLines(options);
        _router = router;
        _time = time;
        _address = stack.LocalEndPoint.Address;
        Registrar = new SipRegistrar(credentials, new RegistrarOptions { Realm = options.Realm, ChallengeAlgorithms = options.ChallengeAlgorithms }, time);
        var userAgent = stack.UserAgent;
        userAgent.Register = (request, source) => Registrar.Handle(request, source.Address);
        userAgent.IncomingInvite = OnInvite;
        userAgent.IncomingOffer = OnOffer;
        userAgent.DialogConfirmed += dialog => Find(dialog)?.Confirmed(dialog);
        userAgent.DialogTerminated += dialog => Find(dialog)?.Terminated();
        stack.Transactions.RequestReceived += OnCancel;
    }

    public SipRegistrar Registrar { get; }

    public IPEndPoint LocalEndPoint => _stack.LocalEndPoint;

    public IReadOnlyList<SipFaxCallStatus> Calls => [.. _calls.Values.Select(call => call.Status)];

    /// <summary>Binds the SIP socket and starts answering.</summary>
    public static SipFaxUserAgent Start(SipFaxOptions options, ISipCredentialStore credentials, ISipFaxRouter router, TimeProvider? time = null)
    {
        var stack = SipStack.Start(
            new IPEndPoint(IPAddress.Parse(options.BindAddress), options.Port),
            time,
            options: new SipUserAgentOptions { User = "fax", UserAgent = "Groupus fax gateway" });
        return new SipFaxUserAgent(stack, options, credentials, router, time ?? TimeProvider.System);
    }

    /// <summary>
    /// Places a fax call on a line: to the ATA's registered contact, or through the trunk to <paramref name="number"/>.
    /// It starts on audio and switches to T.38 as the line says; the result is the fax procedure's, or why it never ran.
    /// </summary>
    public async Task<FaxCallResult> CallAsync(string line, string number, IT38FaxCall fax, CancellationToken cancellationToken)
    {
        var route = _lines.Outbound(line, number, Registrar);
        if (route is null)
        {
            return FaxCallResult.Unconnected(FaxCallOutcome.NoDialTone, $"line {line} is unknown or has no registered contact");
        }

        var media = new CallMedia(_address);
        var offer = media.OfferAudio();
        OutgoingCall outgoing;
        SipFaxCall call;
        lock (_stack.Transactions.Gate)
        {
            outgoing = _stack.UserAgent.Invite(route.Target, route.Destination, CallMedia.ContentType, offer);
            call = new SipFaxCall(_stack.UserAgent, media, outgoing.Invite.CallId!, route.Line, FaxCallDirection.Outbound, number, null, _options.MediaTimeout, _time) { Fax = fax };
            Track(call);
        }

        await using var hangUp = cancellationToken.Register(() =>
        {
            outgoing.Cancel();
            call.HangUp("the call was cancelled");
        });
        var final = await outgoing.Final.ConfigureAwait(false);
        if (!final.IsSuccess)
        {
            call.Abandon(FaxCallResult.Unconnected(OutcomeOf(final.StatusCode), $"the call was refused: {final.StatusCode} {final.ReasonPhrase}"));
        }

        return await call.Result.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var call in _calls.Values)
        {
            call.HangUp("the gateway is stopping");
        }

        await _stack.DisposeAsync().ConfigureAwait(false);
        foreach (var call in _calls.Values)
        {
            await call.DisposeAsync().ConfigureAwait(false);
        }
    }

    private SipAnswer OnInvite(SipRequest invite)
    {
        var line = _lines.Inbound(invite);
        if (line is null)
        {
            return new SipAnswer(403);
        }

        var called = invite.Uri?.User ?? invite.To?.Uri.User;
        if (string.IsNullOrEmpty(called))
        {
            return new SipAnswer(404);
        }

        // An INVITE without an offer would need our offer in the 200 and the answer in the ACK: not supported, so 488.
        var media = new CallMedia(_address);
        var answer = invite.Body.IsEmpty ? null : media.Answer(invite.Body) is { IsSuccess: true } answered ? answered.Value : null;
        if (answer is null)
        {
            _ = media.DisposeAsync().AsTask();
            return new SipAnswer(488);
        }

        var call = new SipFaxCall(_stack.UserAgent, media, invite.CallId!, line, FaxCallDirection.Inbound, called, invite.From?.Uri.User, _options.MediaTimeout, _time);
        Track(call);
        _ = Task.Run(() => RouteAsync(call, invite, answer));
        return SipAnswer.Ringing;
    }

    /// <summary>The call rings (180) while the routing decides; then 200 with our answer, or 404 for an unknown number.</summary>
    private async Task RouteAsync(SipFaxCall call, SipRequest invite, byte[] answer)
    {
        IT38FaxCall? fax;
        try
        {
            fax = await _router.RouteAsync(new InboundFaxCall(call.Line, call.CalledNumber, call.CallingNumber), call.Ended).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (call.Ended.IsCancellationRequested)
        {
            return;
        }

        if (fax is null)
        {
            _stack.UserAgent.Answer(invite, new SipAnswer(404));
            call.Abandon(FaxCallResult.Unconnected(FaxCallOutcome.NoIncomingCall, "no route for the called number"));
            return;
        }

        call.Fax = fax;
        if (!_stack.UserAgent.Answer(invite, SipAnswer.Ok(CallMedia.ContentType, answer)))
        {
            call.Abandon(FaxCallResult.Unconnected(FaxCallOutcome.NoIncomingCall, "the caller gave up before the answer"));
        }
    }

    private SipAnswer OnOffer(SipDialog dialog, SipRequest request) =>
        Find(dialog)?.Offer(request)
        ?? (dialog.LocalSession is { } session ? SipAnswer.Ok(session.ContentType, session.Body) : new SipAnswer(200));

    /// <summary>A CANCEL the user agent matched to a ringing call (it has answered 200 and 487): the routing stops.</summary>
    private void OnCancel(ServerTransaction? transaction, SipRequest request, IPEndPoint source)
    {
        if (request.Method == SipMethods.Cancel && request.CallId is { } callId && _calls.TryGetValue(callId, out var call) && call.Dialog is null
            && call.Direction == FaxCallDirection.Inbound)
        {
            call.Abandon(FaxCallResult.Unconnected(FaxCallOutcome.NoIncomingCall, "the caller cancelled before the answer"));
        }
    }

    private SipFaxCall? Find(SipDialog dialog) => _calls.GetValueOrDefault(dialog.Id.CallId);

    private void Track(SipFaxCall call)
    {
        _calls[call.CallId] = call;
        _ = ForgetWhenEndedAsync(call);
    }

    private async Task ForgetWhenEndedAsync(SipFaxCall call)
    {
        try
        {
            await call.Result.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The fax procedure's failure is the caller's to see through CallAsync; the call is forgotten either way.
        }

        _calls.TryRemove(call.CallId, out _);
        await call.DisposeAsync().ConfigureAwait(false);
    }

    private static FaxCallOutcome OutcomeOf(int status) => status switch
    {
        486 or 600 => FaxCallOutcome.Busy,
        408 or 480 or 487 => FaxCallOutcome.NoAnswer,
        _ => FaxCallOutcome.NoCarrier,
    };
}
