namespace Groupus.Domain.Privacy;

/// <summary>How the audit chain is broken at the first bad row.</summary>
public enum AuditChainProblem
{
    None,

    /// <summary>The row's fields no longer match its hash: it was edited (or moved to another position).</summary>
    Edited,

    /// <summary>A sequence number is missing: a row was removed.</summary>
    Missing,

    /// <summary>The row is intact but does not follow the row before it: rows were reordered, or the earlier row was rewritten with a fresh hash.</summary>
    Unlinked,
}
