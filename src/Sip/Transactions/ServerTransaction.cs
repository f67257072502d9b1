using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>A server transaction: the TU answers through <see cref="Respond"/>; retransmitted requests get the last response again.</summary>
public abstract class ServerTransaction : SipTransaction
{
    private protected ServerTransaction(TransactionContext context, SipRequest request, IPEndPoint remote, TransactionState initial)
        : base(context, TransactionKeys.Server(request), request, remote, initial)
    {
    }

    /// <summary>The last response sent, repeated for a retransmitted request.</summary>
    public SipResponse? LastResponse { get; private protected set; }

    /// <summary>True once a final response (200–699) has been sent.</summary>
    public bool HasFinalResponse => LastResponse is { IsProvisional: false };

    /// <summary>Sends a response (the TU's); ignored once the transaction is past accepting one.</summary>
    public abstract void Respond(SipResponse response);

    internal abstract void OnRetransmission(SipRequest request);
}
