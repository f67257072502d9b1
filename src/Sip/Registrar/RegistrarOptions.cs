namespace Groupus.Sip.Registrar;

/// <summary>Registrar settings: realm, expiry bounds, contacts per address-of-record, nonce lifetime, the wrong-password limit.</summary>
public sealed record RegistrarOptions
{
    public string Realm { get; init; } = "groupus";

    /// <summary>
    /// The digest algorithms challenged with, in order of preference: SHA-256 then MD5 (RFC 8760). A client that reads
    /// only the first challenge and knows only MD5 (SIPp does, and so does some older ATA firmware) needs MD5 first.
    /// </summary>
    public IReadOnlyList<Authentication.DigestAlgorithm> ChallengeAlgorithms { get; init; } =
        [Authentication.DigestAlgorithm.Sha256, Authentication.DigestAlgorithm.Md5];

    /// <summary>A shorter non-zero expiry is answered 423 with this Min-Expires.</summary>
    public TimeSpan MinExpires { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A longer one is shortened to this.</summary>
    public TimeSpan MaxExpires { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Used when the request names no expiry.</summary>
    public TimeSpan DefaultExpires { get; init; } = TimeSpan.FromHours(1);

    public int MaxContactsPerAddressOfRecord { get; init; } = 5;

    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong passwords from one source address within <see cref="FailureWindow"/> before it is locked out.</summary>
    public int MaxFailuresPerSource { get; init; } = 5;

    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a locked-out source is answered 403 without its credentials being checked.</summary>
    public TimeSpan Lockout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The most source addresses tracked for failures (bounded memory under a scan from many addresses).</summary>
    public int MaxTrackedSources { get; init; } = 10_000;
}
