using System.Text;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Authentication;

/// <summary>A <c>WWW-Authenticate</c>/<c>Proxy-Authenticate</c> digest challenge.</summary>
public sealed record DigestChallenge(string Realm, string Nonce, DigestAlgorithm Algorithm, string? Opaque, bool QopAuth, bool Stale)
{
    public static bool TryParse(string? text, out DigestChallenge challenge)
    {
        challenge = null!;
        if (!DigestHeader.TryParse(text, out var header) || header["realm"] is not { } realm || header["nonce"] is not { } nonce
            || !DigestAlgorithms.TryParse(header["algorithm"], out var algorithm))
        {
            return false;
        }

        bool qopAuth = header["qop"]?.Split(',', StringSplitOptions.TrimEntries).Contains("auth", StringComparer.OrdinalIgnoreCase) ?? false;
        bool stale = string.Equals(header["stale"], "true", StringComparison.OrdinalIgnoreCase);
        challenge = new DigestChallenge(realm, nonce, algorithm, header["opaque"], qopAuth, stale);
        return true;
    }

    public string ToHeaderValue()
    {
        var builder = new StringBuilder("Digest realm=").Append(SipText.Quote(Realm))
            .Append(", nonce=").Append(SipText.Quote(Nonce));
        if (Opaque is not null)
        {
            builder.Append(", opaque=").Append(SipText.Quote(Opaque));
        }

        builder.Append(", algorithm=").Append(Algorithm.Name());
        if (QopAuth)
        {
            builder.Append(", qop=\"auth\"");
        }

        if (Stale)
        {
            builder.Append(", stale=true");
        }

        return builder.ToString();
    }
}
