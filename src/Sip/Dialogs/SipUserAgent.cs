using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Groupus.Sip.Messages;
using Groupus.Sip.Transactions;

namespace Groupus.Sip.Dialogs;

/// <summary>
/// The user agent core over the transaction layer: answers OPTIONS, routes REGISTER to a registrar, creates dialogs from
/// INVITE/2xx, ACKs 2xx (and again for each retransmission) and retransmits its own 2xx until the ACK (then BYE after
/// 64·T1), answers BYE, re-INVITE and UPDATE in dialogs (481 for unknown ones, 491 on glare, 500 for a lower CSeq),
/// matches CANCEL to its INVITE (200 and 487, or 481), and retries its own re-INVITE after 491 in the §14.1 windows.
/// </summary>
public sealed class SipUserAgent
{
    private readonly SipTransactionLayer _layer;
    private readonly SipUserAgentOptions _options;
    private readonly Random _random;
    private readonly Dictionary<DialogId, SipDialog> _dialogs = [];
    private readonly HashSet<DialogId> _confirmed = [];
    private readonly Dictionary<string, (ServerInviteTransaction Transaction, string ToTag, TransactionTimer NoAnswer)> _pendingInvites = new(StringComparer.Ordinal);

    public SipUserAgent(SipTransactionLayer layer, SipUserAgentOptions options, Random? random = null)
    {
        _layer = layer;
        _options = options;
        _random = random ?? Random.Shared;
        layer.RequestReceived += OnRequest;
        layer.StrayResponseReceived += OnStrayResponse;
    }

    /// <summary>Decides a new INVITE; without it every call is refused 480.</summary>
    public Func<SipRequest, SipAnswer>? IncomingInvite { get; set; }

    /// <summary>Decides a re-INVITE or UPDATE; without it a refresh is answered 200 with our session unchanged.</summary>
    public Func<SipDialog, SipRequest, SipAnswer>? IncomingOffer { get; set; }

    /// <summary>Answers REGISTER (a <see cref="Registrar.SipRegistrar"/>); without it REGISTER is 405.</summary>
    public Func<SipRequest, IPEndPoint, SipResponse>? Register { get; set; }

    public event Action<SipDialog>? DialogConfirmed;

    public event Action<SipDialog>? DialogTerminated;

    public SipUri LocalContact => new("sip", _options.User, Host(_layer.Transport.LocalEndPoint.Address), _layer.Transport.LocalEndPoint.Port, SipParameters.Empty);

    public IReadOnlyList<SipDialog> Dialogs
    {
        get
        {
            lock (_layer.Gate)
            {
                return [.. _dialogs.Values];
            }
        }
    }

    /// <summary>Sends an INVITE to <paramref name="target"/> through <paramref name="destination"/>.</summary>
    public OutgoingCall Invite(SipUri target, IPEndPoint destination, string contentType, ReadOnlyMemory<byte> body)
    {
        lock (_layer.Gate)
        {
            var local = new NameAddress(null, new SipUri("sip", _options.User, LocalContact.Host, null, SipParameters.Empty), SipParameters.Empty).WithTag(NewTag());
            var headers = SipHeaders.Empty
                .Add(SipHeaderNames.MaxForwards, "70")
                .Add(SipHeaderNames.From, local.ToString())
                .Add(SipHeaderNames.To, NameAddress.Of(target).ToString())
                .Add(SipHeaderNames.CallId, NewTag() + NewTag() + "@" + LocalContact.Host)
                .Add(SipHeaderNames.CSeq, new CSeq(1, SipMethods.Invite).ToString())
                .Add(SipHeaderNames.Contact, $"<{LocalContact}>")
                .Add(SipHeaderNames.UserAgent, _options.UserAgent)
                .Add(SipHeaderNames.ContentType, contentType);
            var invite = WithNewVia(new SipRequest(SipMethods.Invite, target.ToString(), headers, body));
            var final = new TaskCompletionSource<SipResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
            SipDialog? dialog = null;
            bool provisionalSeen = false;
            bool cancelWanted = false;
            _layer.SendRequest(
                invite,
                destination,
                response =>
                {
                    if (response.IsProvisional)
                    {
                        provisionalSeen = true;
                        if (cancelWanted)
                        {
                            cancelWanted = false;
                            CancelInvite(invite, destination, final.Task);
                        }

                        return;
                    }

                    if (response.IsSuccess)
                    {
                        dialog ??= ConfirmCallerDialog(invite, response, destination, (contentType, body));
                    }

                    final.TrySetResult(response);
                },
                () => final.TrySetResult(invite.CreateResponse(408)));
            // §9.1: a CANCEL is not sent before a provisional response; asked for earlier, it waits for one.
            void Cancel()
            {
                lock (_layer.Gate)
                {
                    if (provisionalSeen)
                    {
                        CancelInvite(invite, destination, final.Task);
                    }
                    else
                    {
                        cancelWanted = true;
                    }
                }
            }

            return new OutgoingCall(invite, final.Task, () => dialog, Cancel);
        }
    }

    /// <summary>Answers an INVITE left pending by a 1xx <see cref="SipAnswer"/>; false when it was cancelled or already answered.</summary>
    public bool Answer(SipRequest invite, SipAnswer answer)
    {
        lock (_layer.Gate)
        {
            if (!_pendingInvites.Remove(invite.CallId!, out var pending) || pending.Transaction.HasFinalResponse)
            {
                return false;
            }

            pending.NoAnswer.Stop();
            RespondToInvite(pending.Transaction, invite, pending.ToTag, answer, dialog: null);
            return true;
        }
    }

    /// <summary>Ends the dialog with BYE; the task completes with the BYE's final response.</summary>
    public Task<SipResponse> ByeAsync(SipDialog dialog)
    {
        lock (_layer.Gate)
        {
            var task = SendInDialog(dialog, SipMethods.Bye, null);
            Terminate(dialog);
            return task;
        }
    }

    /// <summary>Sends UPDATE with an optional session description.</summary>
    public Task<SipResponse> UpdateAsync(SipDialog dialog, string? contentType = null, ReadOnlyMemory<byte> body = default)
    {
        lock (_layer.Gate)
        {
            return SendInDialog(dialog, SipMethods.Update, contentType is null ? null : (contentType, body));
        }
    }

    /// <summary>A re-INVITE with a new session description; after a 491 it is tried again after the §14.1 delay.</summary>
    public async Task<SipResponse> ReInviteAsync(SipDialog dialog, string contentType, ReadOnlyMemory<byte> body)
    {
        for (int attempt = 1; ; attempt++)
        {
            Task<SipResponse> sent;
            lock (_layer.Gate)
            {
                dialog.OutgoingInvitePending = true;
                sent = SendInDialog(dialog, SipMethods.Invite, (contentType, body));
            }

            var response = await sent.ConfigureAwait(false);
            lock (_layer.Gate)
            {
                dialog.OutgoingInvitePending = false;
                if (response.IsSuccess)
                {
                    dialog.LocalSession = (contentType, body);
                }
            }

            if (response.StatusCode != 491 || attempt >= _options.GlareAttempts)
            {
                return response;
            }

            await Task.Delay(GlareRetry.Delay(dialog.IsCaller, _random), _layer.Time).ConfigureAwait(false);
        }
    }

    /// <summary>An OPTIONS outside any dialog (a keepalive or a capability query).</summary>
    public Task<SipResponse> OptionsAsync(SipUri target, IPEndPoint destination)
    {
        lock (_layer.Gate)
        {
            var headers = SipHeaders.Empty
                .Add(SipHeaderNames.MaxForwards, "70")
                .Add(SipHeaderNames.From, NameAddress.Of(LocalContact).WithTag(NewTag()).ToString())
                .Add(SipHeaderNames.To, NameAddress.Of(target).ToString())
                .Add(SipHeaderNames.CallId, NewTag() + "@" + LocalContact.Host)
                .Add(SipHeaderNames.CSeq, new CSeq(1, SipMethods.Options).ToString());
            return Send(WithNewVia(new SipRequest(SipMethods.Options, target.ToString(), headers)), destination);
        }
    }

    private Task<SipResponse> SendInDialog(SipDialog dialog, string method, (string ContentType, ReadOnlyMemory<byte> Body)? session)
    {
        var request = dialog.CreateRequest(method, LocalContact);
        if (session is { } s)
        {
            request = request with { Headers = request.Headers.Add(SipHeaderNames.ContentType, s.ContentType), Body = s.Body };
        }

        request = WithNewVia(request);
        var destination = dialog.NextHop();
        if (method != SipMethods.Invite)
        {
            return Send(request, destination);
        }

        var final = new TaskCompletionSource<SipResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _layer.SendRequest(
            request,
            destination,
            response =>
            {
                if (response.IsSuccess)
                {
                    SendAck(dialog, request, response);
                }

                if (!response.IsProvisional)
                {
                    final.TrySetResult(response);
                }
            },
            () => final.TrySetResult(request.CreateResponse(408)));
        return final.Task;
    }

    private Task<SipResponse> Send(SipRequest request, IPEndPoint destination)
    {
        var final = new TaskCompletionSource<SipResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _layer.SendRequest(
            request,
            destination,
            response =>
            {
                if (!response.IsProvisional)
                {
                    final.TrySetResult(response);
                }
            },
            () => final.TrySetResult(request.CreateResponse(408)));
        return final.Task;
    }

    private SipDialog ConfirmCallerDialog(SipRequest invite, SipResponse ok, IPEndPoint destination, (string, ReadOnlyMemory<byte>) session)
    {
        var dialog = SipDialog.ForCaller(invite, ok, destination);
        dialog.LocalSession = session;
        _dialogs[dialog.Id] = dialog;
        SendAck(dialog, invite, ok);
        DialogConfirmed?.Invoke(dialog);
        return dialog;
    }

    /// <summary>§13.2.2.4: the ACK for a 2xx is a new transaction-less request, built from the dialog.</summary>
    private void SendAck(SipDialog dialog, SipRequest invite, SipResponse ok)
    {
        var ack = WithNewVia(dialog.CreateRequest(SipMethods.Ack, LocalContact, invite.CSeq!.Number));
        dialog.LastAck = (invite.CSeq.Number, ack);
        _layer.Transport.Send(ack, dialog.NextHop());
    }

    private void CancelInvite(SipRequest invite, IPEndPoint destination, Task<SipResponse> final)
    {
        lock (_layer.Gate)
        {
            if (final.IsCompleted)
            {
                return;
            }

            // §9.1: same Request-URI, Call-ID, From, To, CSeq number and top Via (branch) as the INVITE; Route copied.
            var headers = SipHeaders.Empty
                .Add(SipHeaderNames.Via, invite.Headers.Get(SipHeaderNames.Via)!)
                .Add(SipHeaderNames.MaxForwards, "70")
                .Add(SipHeaderNames.From, invite.Headers.Get(SipHeaderNames.From)!)
                .Add(SipHeaderNames.To, invite.Headers.Get(SipHeaderNames.To)!)
                .Add(SipHeaderNames.CallId, invite.CallId!)
                .Add(SipHeaderNames.CSeq, new CSeq(invite.CSeq!.Number, SipMethods.Cancel).ToString());
            foreach (var route in invite.Headers.GetAll(SipHeaderNames.Route))
            {
                headers = headers.Add(SipHeaderNames.Route, route);
            }

            Send(new SipRequest(SipMethods.Cancel, invite.RequestUri, headers), destination);
        }
    }

    private void OnStrayResponse(SipResponse response, IPEndPoint source)
    {
        // A retransmitted 2xx: the peer did not get our ACK, so send it again (§13.2.2.4).
        if (response.IsSuccess && response.CSeq?.Method == SipMethods.Invite && response.From?.Tag is { } local && response.To?.Tag is { } remote
            && _dialogs.TryGetValue(new DialogId(response.CallId!, local, remote), out var dialog) && dialog.LastAck is { } last
            && last.CSeq == response.CSeq.Number)
        {
            _layer.Transport.Send(last.Ack, dialog.NextHop());
        }
    }

    private void OnRequest(ServerTransaction? transaction, SipRequest request, IPEndPoint source)
    {
        if (transaction is null)
        {
            OnAck(request);
            return;
        }

        if (request.Method == SipMethods.Cancel)
        {
            OnCancel(transaction, request);
            return;
        }

        if (request.To?.Tag is not null)
        {
            OnInDialog(transaction, request, source);
            return;
        }

        switch (request.Method)
        {
            case SipMethods.Invite:
                OnInvite((ServerInviteTransaction)transaction, request, source);
                break;
            case SipMethods.Options:
                transaction.Respond(WithAllow(request.CreateResponse(200, toTag: NewTag())));
                break;
            case SipMethods.Register when Register is not null:
                transaction.Respond(Register(request, source));
                break;
            case SipMethods.Bye or SipMethods.Update:
                transaction.Respond(request.CreateResponse(481, toTag: NewTag()));
                break;
            default:
                transaction.Respond(WithAllow(request.CreateResponse(405, toTag: NewTag())));
                break;
        }
    }

    private void OnInvite(ServerInviteTransaction transaction, SipRequest invite, IPEndPoint source)
    {
        var answer = IncomingInvite?.Invoke(invite) ?? new SipAnswer(480);
        var toTag = NewTag();
        if (answer.StatusCode < 200)
        {
            // Left ringing, the INVITE is answered 480 if the application never answers it (nothing else would end it).
            var noAnswer = new TransactionTimer(_layer.Time, _layer.Gate, () =>
            {
                if (_pendingInvites.Remove(invite.CallId!, out var expired))
                {
                    expired.Transaction.Respond(invite.CreateResponse(480, toTag: expired.ToTag));
                }
            });
            _pendingInvites[invite.CallId!] = (transaction, toTag, noAnswer);
            transaction.Respond(invite.CreateResponse(answer.StatusCode, toTag: toTag));
            noAnswer.Start(_options.NoAnswerTimeout);
            return;
        }

        RespondToInvite(transaction, invite, toTag, answer, dialog: null, source);
    }

    private void RespondToInvite(ServerInviteTransaction transaction, SipRequest invite, string toTag, SipAnswer answer, SipDialog? dialog, IPEndPoint? source = null)
    {
        var response = invite.CreateResponse(answer.StatusCode, toTag: toTag);
        if (answer.StatusCode is >= 200 and < 300)
        {
            response = WithAllow(response.WithHeaders(response.Headers.Add(SipHeaderNames.Contact, $"<{LocalContact}>")));
            if (answer.ContentType is not null)
            {
                response = response.WithBody(answer.ContentType, answer.Body);
            }

            if (dialog is null)
            {
                dialog = SipDialog.ForCallee(invite, response, source ?? transaction.Remote);
                _dialogs[dialog.Id] = dialog;
            }

            if (answer.ContentType is not null)
            {
                dialog.LocalSession = (answer.ContentType, answer.Body);
            }

            transaction.Respond(response);
            Retransmit2xxUntilAck(dialog, response, transaction.Remote);
            return;
        }

        transaction.Respond(response);
    }

    /// <summary>§13.3.1.4: the 2xx is sent again at T1, 2·T1... capped at T2 until its ACK; none within 64·T1 ends the dialog with BYE.</summary>
    private void Retransmit2xxUntilAck(SipDialog dialog, SipResponse ok, IPEndPoint destination)
    {
        dialog.Pending2xx?.Stop();
        var started = _layer.Time.GetUtcNow();
        var interval = _layer.Timers.T1;
        TransactionTimer? timer = null;
        timer = new TransactionTimer(_layer.Time, _layer.Gate, () =>
        {
            if (_layer.Time.GetUtcNow() - started >= _layer.Timers.TransactionTimeout)
            {
                dialog.Pending2xx = null;
                if (dialog.State != DialogState.Terminated)
                {
                    _ = SendInDialog(dialog, SipMethods.Bye, null);
                    Terminate(dialog);
                }

                return;
            }

            _layer.Transport.Send(ok, destination);
            interval = interval * 2 < _layer.Timers.T2 ? interval * 2 : _layer.Timers.T2;
            var left = _layer.Timers.TransactionTimeout - (_layer.Time.GetUtcNow() - started);
            timer!.Start(interval < left ? interval : left);
        });
        dialog.Pending2xx = timer;
        dialog.IncomingInvitePending = true;
        timer.Start(interval);
    }

    private void OnAck(SipRequest ack)
    {
        if (ack.To?.Tag is { } local && ack.From?.Tag is { } remote && _dialogs.TryGetValue(new DialogId(ack.CallId!, local, remote), out var dialog)
            && dialog.Pending2xx is { } pending)
        {
            pending.Stop();
            dialog.Pending2xx = null;
            bool initial = dialog.IncomingInvitePending && dialog.RemoteSeq == ack.CSeq!.Number && !_confirmed.Contains(dialog.Id);
            dialog.IncomingInvitePending = false;
            if (initial)
            {
                _confirmed.Add(dialog.Id);
                DialogConfirmed?.Invoke(dialog);
            }
        }
    }

    private void OnCancel(ServerTransaction cancelTransaction, SipRequest cancel)
    {
        var invite = _layer.FindInviteFor(cancel);
        if (invite is null || invite.HasFinalResponse)
        {
            cancelTransaction.Respond(cancel.CreateResponse(invite is null ? 481 : 200, toTag: NewTag()));
            return;
        }

        var toTag = NewTag();
        if (_pendingInvites.Remove(cancel.CallId!, out var pending))
        {
            pending.NoAnswer.Stop();
            toTag = pending.ToTag;
        }

        cancelTransaction.Respond(cancel.CreateResponse(200, toTag: toTag));
        invite.Respond(invite.Request.CreateResponse(487, toTag: toTag));
    }

    private void OnInDialog(ServerTransaction transaction, SipRequest request, IPEndPoint source)
    {
        if (!_dialogs.TryGetValue(new DialogId(request.CallId!, request.To!.Tag!, request.From?.Tag ?? string.Empty), out var dialog)
            || dialog.State == DialogState.Terminated)
        {
            transaction.Respond(request.CreateResponse(481));
            return;
        }

        if (!dialog.AcceptRemote(request))
        {
            transaction.Respond(request.CreateResponse(500, "Lower CSeq"));
            return;
        }

        dialog.RemoteEndPoint = source;
        switch (request.Method)
        {
            case SipMethods.Bye:
                transaction.Respond(request.CreateResponse(200));
                Terminate(dialog);
                break;
            case SipMethods.Invite when dialog.OutgoingInvitePending:
                transaction.Respond(request.CreateResponse(491));
                break;
            case SipMethods.Invite when dialog.IncomingInvitePending:
                var busy = request.CreateResponse(500, "Previous INVITE pending");
                transaction.Respond(busy.WithHeaders(busy.Headers.Add(SipHeaderNames.RetryAfter, _random.Next(0, 11).ToString(CultureInfo.InvariantCulture))));
                break;
            case SipMethods.Invite:
                RespondToInvite((ServerInviteTransaction)transaction, request, dialog.Id.LocalTag, Offer(dialog, request), dialog);
                break;
            case SipMethods.Update:
                var answer = Offer(dialog, request);
                var response = request.CreateResponse(answer.StatusCode);
                if (answer.StatusCode is >= 200 and < 300)
                {
                    response = response.WithHeaders(response.Headers.Add(SipHeaderNames.Contact, $"<{LocalContact}>"));
                    if (answer.ContentType is not null && !request.Body.IsEmpty)
                    {
                        response = response.WithBody(answer.ContentType, answer.Body);
                        dialog.LocalSession = (answer.ContentType, answer.Body);
                    }
                }

                transaction.Respond(response);
                break;
            case SipMethods.Options:
                transaction.Respond(WithAllow(request.CreateResponse(200)));
                break;
            default:
                transaction.Respond(WithAllow(request.CreateResponse(405)));
                break;
        }
    }

    /// <summary>The application's answer to a re-INVITE or UPDATE; by default a session refresh answered with our session unchanged.</summary>
    private SipAnswer Offer(SipDialog dialog, SipRequest request) =>
        IncomingOffer?.Invoke(dialog, request)
        ?? (dialog.LocalSession is { } session ? SipAnswer.Ok(session.ContentType, session.Body) : new SipAnswer(200));

    private void Terminate(SipDialog dialog)
    {
        if (dialog.State == DialogState.Terminated)
        {
            return;
        }

        dialog.State = DialogState.Terminated;
        dialog.Pending2xx?.Stop();
        dialog.Pending2xx = null;
        _dialogs.Remove(dialog.Id);
        _confirmed.Remove(dialog.Id);
        DialogTerminated?.Invoke(dialog);
    }

    private SipRequest WithNewVia(SipRequest request)
    {
        var local = _layer.Transport.LocalEndPoint;
        var via = Messages.Via.Create(Host(local.Address), local.Port, TransactionKeys.NewBranch());
        return request.WithHeaders(request.Headers.Prepend(SipHeaderNames.Via, via.ToString()));
    }

    private static SipResponse WithAllow(SipResponse response) =>
        response.WithHeaders(response.Headers.Add(SipHeaderNames.Allow, string.Join(", ", SipUserAgentOptions.Allowed)));

    private static string Host(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private static string NewTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
