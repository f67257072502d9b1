using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>
/// The non-INVITE server transaction (§17.2.2): retransmissions are absorbed in Trying and answered with the last response
/// after it; after the final response it stays for timer J (64·T1) to answer retransmissions.
/// </summary>
public sealed class ServerNonInviteTransaction : ServerTransaction
{
    private readonly TransactionTimer _timerJ;

    internal ServerNonInviteTransaction(TransactionContext context, SipRequest request, IPEndPoint remote)
        : base(context, request, remote, TransactionState.Trying) =>
        _timerJ = NewTimer(() => MoveTo(TransactionState.Terminated));

    public override void Respond(SipResponse response)
    {
        if (State is not (TransactionState.Trying or TransactionState.Proceeding))
        {
            return;
        }

        LastResponse = response;
        Send(response);
        if (response.IsProvisional)
        {
            MoveTo(TransactionState.Proceeding);
            return;
        }

        MoveTo(TransactionState.Completed);
        _timerJ.Start(Timers.TransactionTimeout);
    }

    internal override void OnRetransmission(SipRequest request)
    {
        if (State is TransactionState.Proceeding or TransactionState.Completed)
        {
            Send(LastResponse!);
        }
    }
}
