using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>
/// The INVITE client transaction (§17.1.1): retransmits on timer A (T1, doubling) until a response, gives up on timer B
/// (64·T1), ACKs a 300–699 itself (and each retransmission of it) for timer D; a 2xx ends it and goes to the TU, which ACKs.
/// </summary>
public sealed class ClientInviteTransaction : ClientTransaction
{
    private readonly TransactionTimer _timerA;
    private readonly TransactionTimer _timerB;
    private readonly TransactionTimer _timerD;
    private TimeSpan _intervalA;
    private SipRequest? _ack;

    internal ClientInviteTransaction(TransactionContext context, SipRequest request, IPEndPoint remote)
        : base(context, request, remote, TransactionState.Calling)
    {
        _timerA = NewTimer(OnTimerA);
        _timerB = NewTimer(TimeOut);
        _timerD = NewTimer(() => MoveTo(TransactionState.Terminated));
    }

    internal override void Start()
    {
        Send(Request);
        _intervalA = Timers.T1;
        _timerA.Start(_intervalA);
        _timerB.Start(Timers.TransactionTimeout);
    }

    internal override void OnResponse(SipResponse response)
    {
        switch (State)
        {
            case TransactionState.Calling or TransactionState.Proceeding when response.IsProvisional:
                _timerA.Stop();
                MoveTo(TransactionState.Proceeding);
                PassUp(response);
                break;
            case TransactionState.Calling or TransactionState.Proceeding when response.IsSuccess:
                PassUp(response);
                MoveTo(TransactionState.Terminated);
                break;
            case TransactionState.Calling or TransactionState.Proceeding:
                _timerA.Stop();
                _timerB.Stop();
                _ack = AckFor(response);
                Send(_ack);
                MoveTo(TransactionState.Completed);
                _timerD.Start(Timers.TimerD);
                PassUp(response);
                break;
            case TransactionState.Completed when !response.IsProvisional && !response.IsSuccess:
                Send(_ack!);
                break;
        }
    }

    private void OnTimerA()
    {
        if (State != TransactionState.Calling)
        {
            return;
        }

        Send(Request);
        _intervalA *= 2;
        _timerA.Start(_intervalA);
    }

    /// <summary>§17.1.1.3: the ACK for a non-2xx final response, in the same transaction (same branch).</summary>
    private SipRequest AckFor(SipResponse response)
    {
        var headers = SipHeaders.Empty
            .Add(SipHeaderNames.Via, Request.Headers.Get(SipHeaderNames.Via)!)
            .Add(SipHeaderNames.MaxForwards, "70")
            .Add(SipHeaderNames.From, Request.Headers.Get(SipHeaderNames.From)!)
            .Add(SipHeaderNames.To, response.Headers.Get(SipHeaderNames.To)!)
            .Add(SipHeaderNames.CallId, Request.CallId!)
            .Add(SipHeaderNames.CSeq, new CSeq(Request.CSeq!.Number, SipMethods.Ack).ToString());
        foreach (var route in Request.Headers.GetAll(SipHeaderNames.Route))
        {
            headers = headers.Add(SipHeaderNames.Route, route);
        }

        return new SipRequest(SipMethods.Ack, Request.RequestUri, headers);
    }
}
