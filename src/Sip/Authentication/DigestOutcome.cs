namespace Groupus.Sip.Authentication;

/// <summary>The result of checking a request's digest credentials.</summary>
public enum DigestOutcome
{
    /// <summary>The credentials are right.</summary>
    Authenticated,

    /// <summary>No credentials for our realm: challenge.</summary>
    Missing,

    /// <summary>The header does not parse (or its algorithm is unknown): answer 400 or challenge.</summary>
    Malformed,

    /// <summary>An expired nonce with an otherwise right answer: challenge again with stale=true.</summary>
    Stale,

    /// <summary>A nonce we did not issue: challenge again.</summary>
    UnknownNonce,

    /// <summary>A nonce count not above the last one seen for that nonce: refused.</summary>
    Replayed,

    /// <summary>No such user, or the wrong password (the two are not told apart, to the client or in logs).</summary>
    WrongCredentials,
}
