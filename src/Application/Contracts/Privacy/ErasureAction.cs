namespace Groupus.Contracts.Privacy;

/// <summary>What erasure does to a kind of record.</summary>
public enum ErasureAction
{
    /// <summary>The records are removed.</summary>
    Delete = 1,

    /// <summary>The records stay, with every personal field replaced or cleared.</summary>
    Anonymise = 2,

    /// <summary>The records stay as they are while a legal obligation requires them (the policy names it).</summary>
    KeepUnderLegalObligation = 3,
}
