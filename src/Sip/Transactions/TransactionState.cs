namespace Groupus.Sip.Transactions;

/// <summary>The states of the §17 transaction machines.</summary>
public enum TransactionState
{
    Calling,
    Trying,
    Proceeding,
    Completed,
    Confirmed,
    Terminated,
}
