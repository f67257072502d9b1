namespace Groupus.Sip.Authentication;

/// <summary>What a nonce presented by a client turned out to be.</summary>
public enum NonceStatus
{
    /// <summary>Ours, and younger than its lifetime.</summary>
    Valid,

    /// <summary>Ours, but expired: the client is challenged again with <c>stale=true</c> (no password prompt).</summary>
    Stale,

    /// <summary>Not one we issued (forged, from another server or mangled).</summary>
    Unknown,
}
