using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Groupus.Sip.Authentication;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Registrar;

/// <summary>
/// A registrar (RFC 3261 §10.3) for ATA lines: digest authentication against <see cref="ISipCredentialStore"/>, a line may
/// register only its own user, several contacts per user, 423 with Min-Expires, <c>Expires: 0</c> and <c>*</c> removal,
/// expiry on the clock, and wrong passwords answered 403 and locked out per source address.
/// No password, digest or nonce is ever put in a reason phrase or exception.
/// </summary>
public sealed class SipRegistrar
{
    private readonly ISipCredentialStore _credentials;
    private readonly RegistrarOptions _options;
    private readonly TimeProvider _time;
    private readonly DigestAuthenticator _authenticator;
    private readonly FailedAuthenticationLimiter _limiter;
    private readonly Dictionary<string, List<SipBinding>> _bindings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public SipRegistrar(ISipCredentialStore credentials, RegistrarOptions options, TimeProvider time)
    {
        _credentials = credentials;
        _options = options;
        _time = time;
        _authenticator = new DigestAuthenticator(options.Realm, time, options.NonceLifetime, options.ChallengeAlgorithms);
        _limiter = new FailedAuthenticationLimiter(options, time);
    }

    /// <summary>The contacts of a line that have not expired.</summary>
    public IReadOnlyList<SipBinding> Lookup(string user)
    {
        lock (_lock)
        {
            return _bindings.TryGetValue(user, out var list) ? [.. Live(list)] : [];
        }
    }

    public SipResponse Handle(SipRequest request, IPAddress source)
    {
        var toTag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        SipResponse Reply(int code, string? reason = null) => request.CreateResponse(code, reason, toTag);

        if (request.Method != SipMethods.Register)
        {
            return Reply(405).WithHeaders(Reply(405).Headers.Add(SipHeaderNames.Allow, SipMethods.Register));
        }

        if (_limiter.IsLockedOut(source))
        {
            return Reply(403);
        }

        var verification = _authenticator.Verify(request, user => _credentials.Find(user)?.Password);
        switch (verification.Outcome)
        {
            case DigestOutcome.Missing or DigestOutcome.UnknownNonce:
                return Challenge(Reply(401), stale: false);
            case DigestOutcome.Stale:
                return Challenge(Reply(401), stale: true);
            case DigestOutcome.Malformed:
                return Reply(400, "Malformed Authorization");
            case DigestOutcome.Replayed:
                return Reply(403, "Credentials replayed");
            case DigestOutcome.WrongCredentials:
                _limiter.RecordFailure(source);
                return Reply(403);
        }

        _limiter.RecordSuccess(source);
        var user = verification.Username!;
        if (!string.Equals(request.To?.Uri.User, user, StringComparison.Ordinal))
        {
            return Reply(403, "Not your address of record");
        }

        return Register(request, user, Reply);
    }

    private SipResponse Register(SipRequest request, string user, Func<int, string?, SipResponse> reply)
    {
        var contactValues = request.Headers.GetAll(SipHeaderNames.Contact);
        TimeSpan? headerExpires = null;
        if (request.Headers.Get(SipHeaderNames.Expires) is { } expiresText)
        {
            if (!TryParseSeconds(expiresText, out var seconds))
            {
                return reply(400, "Invalid Expires");
            }

            headerExpires = seconds;
        }

        var callId = request.CallId!;
        var cseq = request.CSeq!.Number;
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (!_bindings.TryGetValue(user, out var list))
            {
                list = [];
                _bindings[user] = list;
            }

            list.RemoveAll(b => b.ExpiresAt <= now);
            if (contactValues.Contains("*"))
            {
                if (contactValues.Count != 1 || headerExpires != TimeSpan.Zero)
                {
                    return reply(400, "Wildcard Contact needs Expires: 0 alone");
                }

                if (list.Any(b => b.CallId == callId && b.CSeq >= cseq))
                {
                    return reply(500, "Out of order request");
                }

                list.Clear();
                return WithContacts(reply(200, null), list, now);
            }

            var changes = new List<(string Contact, TimeSpan Expires)>();
            foreach (var value in contactValues)
            {
                if (!NameAddress.TryParse(value, out var contact))
                {
                    return reply(400, "Invalid Contact");
                }

                var expires = headerExpires ?? _options.DefaultExpires;
                if (contact.Parameters.Get("expires") is { } contactExpires)
                {
                    if (!TryParseSeconds(contactExpires, out expires))
                    {
                        return reply(400, "Invalid Contact expires");
                    }
                }

                if (expires > TimeSpan.Zero && expires < _options.MinExpires)
                {
                    var tooBrief = reply(423, null);
                    return tooBrief.WithHeaders(tooBrief.Headers.Add(SipHeaderNames.MinExpires, ((int)_options.MinExpires.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
                }

                changes.Add((contact.Uri.ToString(), expires > _options.MaxExpires ? _options.MaxExpires : expires));
            }

            if (changes.Any(c => list.Any(b => b.Contact == c.Contact && b.CallId == callId && b.CSeq >= cseq)))
            {
                return reply(500, "Out of order request");
            }

            var updated = list.Where(b => !changes.Any(c => c.Contact == b.Contact)).ToList();
            updated.AddRange(changes.Where(c => c.Expires > TimeSpan.Zero).Select(c => new SipBinding(user, c.Contact, now + c.Expires, callId, cseq)));
            if (updated.Count > _options.MaxContactsPerAddressOfRecord)
            {
                return reply(403, "Too many contacts");
            }

            list.Clear();
            list.AddRange(updated);
            return WithContacts(reply(200, null), list, now);
        }
    }

    private SipResponse Challenge(SipResponse response, bool stale)
    {
        var headers = response.Headers;
        foreach (var challenge in _authenticator.Challenge(stale))
        {
            headers = headers.Add(SipHeaderNames.WwwAuthenticate, challenge.ToHeaderValue());
        }

        return response.WithHeaders(headers);
    }

    private static SipResponse WithContacts(SipResponse response, List<SipBinding> bindings, DateTimeOffset now)
    {
        var headers = response.Headers;
        foreach (var binding in bindings)
        {
            var seconds = Math.Max(0, (int)Math.Ceiling((binding.ExpiresAt - now).TotalSeconds));
            headers = headers.Add(SipHeaderNames.Contact, $"<{binding.Contact}>;expires={seconds.ToString(CultureInfo.InvariantCulture)}");
        }

        return response.WithHeaders(headers.Add(SipHeaderNames.Date, now.ToString("r", CultureInfo.InvariantCulture)));
    }

    private IEnumerable<SipBinding> Live(List<SipBinding> list)
    {
        var now = _time.GetUtcNow();
        return list.Where(b => b.ExpiresAt > now);
    }

    private static bool TryParseSeconds(string text, out TimeSpan value)
    {
        // §20.19: values above 2^32-1 are taken as 2^32-1; the bound keeps the arithmetic safe.
        var ok = ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds);
        value = TimeSpan.FromSeconds(Math.Min(seconds, uint.MaxValue));
        return ok;
    }
}
