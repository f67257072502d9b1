namespace Groupus.Sip.Transactions;

/// <summary>The states of the §17 transaction machines.</summary>
public enum TransactionState
{
    Calling,
    Trying,
    Proceeding,
    Completed,

    /// <summary>RFC 6026: an INVITE server transaction after its 2xx, absorbing retransmitted INVITEs for timer L.</summary>
    Accepted,
    Confirmed,
    Terminated,
}
