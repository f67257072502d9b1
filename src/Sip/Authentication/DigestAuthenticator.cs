using Groupus.Sip.Messages;

namespace Groupus.Sip.Authentication;

/// <summary>
/// Server-side digest (RFC 3261 §22.4, RFC 7616, RFC 8760): challenges offering SHA-256 then MD5 with qop=auth, nonces that
/// expire (stale=true), and a nonce count that must rise for each use of a nonce (a replayed request is refused).
/// </summary>
public sealed class DigestAuthenticator
{
    private const int MaxTrackedNonces = 10_000;
    private readonly NonceIssuer _nonces;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, (long Count, DateTimeOffset FirstUsed)> _used = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public DigestAuthenticator(string realm, TimeProvider time, TimeSpan nonceLifetime, IReadOnlyList<DigestAlgorithm>? algorithms = null)
    {
        Realm = realm;
        Algorithms = algorithms is { Count: > 0 } ? algorithms : [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];
        _time = time;
        _nonces = new NonceIssuer(time, nonceLifetime);
    }

    public string Realm { get; }

    /// <summary>The algorithms challenged with, in order of preference (RFC 8760 §2.4: SHA-256 first by default).</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms { get; }

    /// <summary>One challenge per algorithm in <see cref="Algorithms"/> order, sharing one nonce.</summary>
    public IReadOnlyList<DigestChallenge> Challenge(bool stale = false)
    {
        var nonce = _nonces.Issue();
        return [.. Algorithms.Select(a => new DigestChallenge(Realm, nonce, a, null, QopAuth: true, stale))];
    }

    /// <summary>Checks the request's Authorization for our realm; <paramref name="password"/> looks the user's password up (null: unknown user).</summary>
    public DigestVerification Verify(SipRequest request, Func<string, string?> password, string headerName = SipHeaderNames.Authorization)
    {
        var values = request.Headers.GetAll(headerName);
        if (values.Count == 0)
        {
            return new DigestVerification(DigestOutcome.Missing);
        }

        DigestCredentials? credentials = null;
        foreach (var value in values)
        {
            if (DigestCredentials.TryParse(value, out var parsed) && parsed.Realm == Realm)
            {
                credentials = parsed;
                break;
            }
        }

        if (credentials is null)
        {
            return new DigestVerification(values.Any(v => DigestHeader.TryParse(v, out _)) ? DigestOutcome.Missing : DigestOutcome.Malformed);
        }

        var nonceStatus = _nonces.Check(credentials.Nonce);
        if (nonceStatus == NonceStatus.Unknown)
        {
            return new DigestVerification(DigestOutcome.UnknownNonce);
        }

        var secret = password(credentials.Username);
        if (secret is null || !Matches(credentials, request.Method, secret))
        {
            return new DigestVerification(DigestOutcome.WrongCredentials);
        }

        if (nonceStatus == NonceStatus.Stale)
        {
            return new DigestVerification(DigestOutcome.Stale);
        }

        return RecordUse(credentials)
            ? new DigestVerification(DigestOutcome.Authenticated, credentials.Username)
            : new DigestVerification(DigestOutcome.Replayed);
    }

    private static bool Matches(DigestCredentials credentials, string method, string password)
    {
        var expected = DigestCalculator.Response(
            credentials.Algorithm, credentials.Username, credentials.Realm, password, method, credentials.Uri,
            credentials.Nonce, credentials.Qop, credentials.CNonce, credentials.NonceCount);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(credentials.Response.ToLowerInvariant()));
    }

    // Without qop there is no nonce count: such a nonce is good for one request only.
    private bool RecordUse(DigestCredentials credentials)
    {
        long count = credentials.NonceCount ?? 1;
        lock (_lock)
        {
            if (_used.TryGetValue(credentials.Nonce, out var last) && count <= last.Count)
            {
                return false;
            }

            if (_used.Count >= MaxTrackedNonces)
            {
                Prune();
            }

            _used[credentials.Nonce] = (count, last.FirstUsed == default ? _time.GetUtcNow() : last.FirstUsed);
            return true;
        }
    }

    private void Prune()
    {
        var cutoff = _time.GetUtcNow() - _nonces.Lifetime;
        foreach (var nonce in _used.Where(u => u.Value.FirstUsed < cutoff).Select(u => u.Key).ToList())
        {
            _used.Remove(nonce);
        }

        // Still full: forget the oldest half; a forgotten nonce can only be replayed until it expires on its own.
        if (_used.Count >= MaxTrackedNonces)
        {
            foreach (var nonce in _used.OrderBy(u => u.Value.FirstUsed).Take(_used.Count / 2).Select(u => u.Key).ToList())
            {
                _used.Remove(nonce);
            }
        }
    }
}
