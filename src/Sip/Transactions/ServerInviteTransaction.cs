using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>
/// The INVITE server transaction (§17.2.1): answers 100 Trying at once; a retransmitted INVITE gets the last response;
/// a 300–699 is retransmitted on timer G (T1 doubling to T2) until its ACK or timer H (64·T1), then ACK retransmissions
/// are absorbed for timer I (T4). After a 2xx it waits in Accepted (RFC 6026) for timer L (64·T1), so a retransmitted
/// INVITE is absorbed instead of looking like a new call; the TU retransmits the 2xx until the ACK (§13.3.1.4).
/// </summary>
public sealed class ServerInviteTransaction : ServerTransaction
{
    private readonly TransactionTimer _timerG;
    private readonly TransactionTimer _timerH;
    private readonly TransactionTimer _timerI;
    private readonly TransactionTimer _timerL;
    private TimeSpan _intervalG;

    internal ServerInviteTransaction(TransactionContext context, SipRequest request, IPEndPoint remote)
        : base(context, request, remote, TransactionState.Proceeding)
    {
        _timerG = NewTimer(OnTimerG);
        _timerH = NewTimer(OnTimerH);
        _timerI = NewTimer(() => MoveTo(TransactionState.Terminated));
        _timerL = NewTimer(() => MoveTo(TransactionState.Terminated));
        Respond(request.CreateResponse(100));
    }

    /// <summary>Timer H fired: the ACK for our failure response never came.</summary>
    public event Action? AckTimedOut;

    /// <summary>RFC 6026: an ACK matching the transaction while Accepted is the 2xx's ACK, for the TU.</summary>
    internal event Action<SipRequest>? AckOfSuccess;

    public override void Respond(SipResponse response)
    {
        if (State == TransactionState.Accepted && response.IsSuccess)
        {
            // The TU's retransmission of its 2xx.
            Send(response);
            return;
        }

        if (State != TransactionState.Proceeding)
        {
            return;
        }

        LastResponse = response;
        Send(response);
        if (response.IsProvisional)
        {
            return;
        }

        if (response.IsSuccess)
        {
            MoveTo(TransactionState.Accepted);
            _timerL.Start(Timers.TransactionTimeout);
            return;
        }

        MoveTo(TransactionState.Completed);
        _intervalG = Timers.T1;
        _timerG.Start(_intervalG);
        _timerH.Start(Timers.TransactionTimeout);
    }

    internal override void OnRetransmission(SipRequest request)
    {
        if (request.Method == SipMethods.Ack)
        {
            if (State == TransactionState.Accepted)
            {
                AckOfSuccess?.Invoke(request);
            }
            else if (State == TransactionState.Completed)
            {
                _timerG.Stop();
                _timerH.Stop();
                MoveTo(TransactionState.Confirmed);
                _timerI.Start(Timers.T4);
            }

            return;
        }

        // RFC 6026 §7.1: in Accepted a retransmitted INVITE is absorbed; the TU's own 2xx retransmissions answer it. Answering
        // each one here too would ping-pong with a peer that resends its INVITE for every 200 it sees twice (SIPp does).
        if (State is TransactionState.Proceeding or TransactionState.Completed && LastResponse is not null)
        {
            Send(LastResponse);
        }
    }

    private void OnTimerG()
    {
        if (State != TransactionState.Completed)
        {
            return;
        }

        Send(LastResponse!);
        _intervalG = Min(_intervalG * 2, Timers.T2);
        _timerG.Start(_intervalG);
    }

    private void OnTimerH()
    {
        AckTimedOut?.Invoke();
        MoveTo(TransactionState.Terminated);
    }
}
