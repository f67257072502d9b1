using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>
/// The non-INVITE client transaction (§17.1.2): retransmits on timer E (T1 doubling to T2; every T2 once a provisional
/// came), gives up on timer F (64·T1), and after the final response absorbs retransmissions for timer K (T4).
/// </summary>
public sealed class ClientNonInviteTransaction : ClientTransaction
{
    private readonly TransactionTimer _timerE;
    private readonly TransactionTimer _timerF;
    private readonly TransactionTimer _timerK;
    private TimeSpan _intervalE;

    internal ClientNonInviteTransaction(TransactionContext context, SipRequest request, IPEndPoint remote)
        : base(context, request, remote, TransactionState.Trying)
    {
        _timerE = NewTimer(OnTimerE);
        _timerF = NewTimer(TimeOut);
        _timerK = NewTimer(() => MoveTo(TransactionState.Terminated));
    }

    internal override void Start()
    {
        Send(Request);
        _intervalE = Timers.T1;
        _timerE.Start(_intervalE);
        _timerF.Start(Timers.TransactionTimeout);
    }

    internal override void OnResponse(SipResponse response)
    {
        if (State is not (TransactionState.Trying or TransactionState.Proceeding))
        {
            return;
        }

        if (response.IsProvisional)
        {
            MoveTo(TransactionState.Proceeding);
            PassUp(response);
            return;
        }

        _timerE.Stop();
        _timerF.Stop();
        MoveTo(TransactionState.Completed);
        _timerK.Start(Timers.T4);
        PassUp(response);
    }

    private void OnTimerE()
    {
        if (State is not (TransactionState.Trying or TransactionState.Proceeding))
        {
            return;
        }

        Send(Request);
        _intervalE = State == TransactionState.Proceeding ? Timers.T2 : Min(_intervalE * 2, Timers.T2);
        _timerE.Start(_intervalE);
    }
}
