using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>A client transaction: the transaction user hears each response it lets through, or a timeout.</summary>
public abstract class ClientTransaction : SipTransaction
{
    private protected ClientTransaction(TransactionContext context, SipRequest request, IPEndPoint remote, TransactionState initial)
        : base(context, TransactionKeys.Client(request.TopVia!.Branch!, request.Method), request, remote, initial)
    {
    }

    /// <summary>A response for the transaction user (retransmissions the machine absorbs are not raised).</summary>
    public event Action<SipResponse>? ResponseReceived;

    /// <summary>Timer B or F fired: no final response came (the TU treats it as 408).</summary>
    public event Action? TimedOut;

    internal abstract void Start();

    internal abstract void OnResponse(SipResponse response);

    private protected void PassUp(SipResponse response) => ResponseReceived?.Invoke(response);

    private protected void TimeOut()
    {
        TimedOut?.Invoke();
        MoveTo(TransactionState.Terminated);
    }
}
