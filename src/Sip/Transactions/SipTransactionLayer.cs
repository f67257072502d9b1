using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Transport;

namespace Groupus.Sip.Transactions;

/// <summary>
/// The transaction layer: matches incoming messages to transactions, creates server transactions for new requests and
/// hands the TU only what the machines let through. Everything runs under <see cref="Gate"/>, including timer expiries,
/// so the machines see one event at a time; TU handlers must not block.
/// </summary>
public sealed class SipTransactionLayer
{
    private readonly Dictionary<string, ClientTransaction> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServerTransaction> _servers = new(StringComparer.Ordinal);
    private readonly TransactionContext _context;

    public SipTransactionLayer(ISipTransport transport, TimeProvider time, SipTimerSettings timers, Lock? gate = null) =>
        _context = new TransactionContext(transport, time, timers, gate ?? new Lock());

    public Lock Gate => _context.Gate;

    public SipTimerSettings Timers => _context.Timers;

    public TimeProvider Time => _context.Time;

    public ISipTransport Transport => _context.Transport;

    /// <summary>
    /// A new request for the TU, with its server transaction; for an ACK that matched no transaction (the ACK of a 2xx,
    /// §17.2.3) the transaction is null and the TU matches it to a dialog.
    /// </summary>
    public event Action<ServerTransaction?, SipRequest, IPEndPoint>? RequestReceived;

    /// <summary>A response no client transaction wanted (a retransmitted 2xx after the INVITE transaction ended).</summary>
    public event Action<SipResponse, IPEndPoint>? StrayResponseReceived;

    public int ClientCount
    {
        get
        {
            lock (Gate)
            {
                return _clients.Count;
            }
        }
    }

    public int ServerCount
    {
        get
        {
            lock (Gate)
            {
                return _servers.Count;
            }
        }
    }

    /// <summary>Starts a client transaction for a request whose top Via carries a fresh branch.</summary>
    public ClientTransaction SendRequest(SipRequest request, IPEndPoint destination, Action<SipResponse> onResponse, Action? onTimeout = null)
    {
        lock (Gate)
        {
            ClientTransaction transaction = request.Method == SipMethods.Invite
                ? new ClientInviteTransaction(_context, request, destination)
                : new ClientNonInviteTransaction(_context, request, destination);
            transaction.ResponseReceived += onResponse;
            if (onTimeout is not null)
            {
                transaction.TimedOut += onTimeout;
            }

            _clients[transaction.Key] = transaction;
            transaction.Terminated += t => _clients.Remove(t.Key);
            transaction.Start();
            return transaction;
        }
    }

    /// <summary>A message from the transport (its top Via already stamped with the source, for requests).</summary>
    public void Receive(SipMessage message, IPEndPoint source)
    {
        lock (Gate)
        {
            switch (message)
            {
                case SipRequest request:
                    ReceiveRequest(request, source);
                    break;
                case SipResponse response:
                    ReceiveResponse(response, source);
                    break;
            }
        }
    }

    /// <summary>§9.2: the INVITE server transaction a CANCEL is for (same branch and sent-by), if it still exists.</summary>
    public ServerInviteTransaction? FindInviteFor(SipRequest cancel)
    {
        lock (Gate)
        {
            var asInvite = cancel with { Method = SipMethods.Invite, Headers = cancel.Headers.Set(SipHeaderNames.CSeq, new CSeq(cancel.CSeq!.Number, SipMethods.Invite).ToString()) };
            return _servers.GetValueOrDefault(TransactionKeys.Server(asInvite)) as ServerInviteTransaction;
        }
    }

    private void ReceiveRequest(SipRequest request, IPEndPoint source)
    {
        var key = TransactionKeys.Server(request);
        if (_servers.TryGetValue(key, out var existing))
        {
            existing.OnRetransmission(request);
            return;
        }

        if (request.Method == SipMethods.Ack)
        {
            RequestReceived?.Invoke(null, request, source);
            return;
        }

        var destination = ResponseRouting.DestinationFor(request.TopVia!, source);
        ServerTransaction transaction;
        if (request.Method == SipMethods.Invite)
        {
            var invite = new ServerInviteTransaction(_context, request, destination);
            invite.AckOfSuccess += ack => RequestReceived?.Invoke(null, ack, source);
            transaction = invite;
        }
        else
        {
            transaction = new ServerNonInviteTransaction(_context, request, destination);
        }

        _servers[key] = transaction;
        transaction.Terminated += t => _servers.Remove(t.Key);
        RequestReceived?.Invoke(transaction, request, source);
    }

    private void ReceiveResponse(SipResponse response, IPEndPoint source)
    {
        if (response.TopVia?.Branch is { } branch && response.CSeq is { } cseq
            && _clients.TryGetValue(TransactionKeys.Client(branch, cseq.Method), out var transaction))
        {
            transaction.OnResponse(response);
            return;
        }

        StrayResponseReceived?.Invoke(response, source);
    }
}
