namespace Groupus.Domain.Privacy;

/// <summary>
/// The outcome of walking the audit chain. <see cref="HeadHash"/> is the last good hash: recorded elsewhere, it also
/// shows a later truncation of the tail, which the chain alone cannot.
/// </summary>
public sealed record AuditChainVerification(long RowsChecked, string HeadHash, long? FirstBrokenSequence, AuditChainProblem Problem, string? Reason)
{
    public bool IsIntact => Problem == AuditChainProblem.None;
}
