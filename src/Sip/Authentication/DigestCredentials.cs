using System.Globalization;
using System.Text;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Authentication;

/// <summary>
/// An <c>Authorization</c>/<c>Proxy-Authorization</c> digest answer. <see cref="ToString"/> leaves the response hash out so
/// it cannot reach a log by accident.
/// </summary>
public sealed record DigestCredentials(
    string Username,
    string Realm,
    string Nonce,
    string Uri,
    string Response,
    DigestAlgorithm Algorithm,
    string? Opaque,
    string? Qop,
    string? CNonce,
    long? NonceCount)
{
    public static bool TryParse(string? text, out DigestCredentials credentials)
    {
        credentials = null!;
        if (!DigestHeader.TryParse(text, out var header) || header["username"] is not { } username || header["realm"] is not { } realm
            || header["nonce"] is not { } nonce || header["uri"] is not { } uri || header["response"] is not { } response
            || !DigestAlgorithms.TryParse(header["algorithm"], out var algorithm))
        {
            return false;
        }

        var qop = header["qop"];
        long? nonceCount = null;
        if (qop is not null)
        {
            // With qop, cnonce and an 8-hex-digit nc are required (RFC 7616 §3.4).
            if (!qop.Equals("auth", StringComparison.OrdinalIgnoreCase) || header["cnonce"] is null || header["nc"] is not { Length: 8 } nc
                || !long.TryParse(nc, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var count))
            {
                return false;
            }

            nonceCount = count;
        }

        credentials = new DigestCredentials(username, realm, nonce, uri, response, algorithm, header["opaque"], qop, header["cnonce"], nonceCount);
        return true;
    }

    public string ToHeaderValue()
    {
        var builder = new StringBuilder("Digest username=").Append(SipText.Quote(Username))
            .Append(", realm=").Append(SipText.Quote(Realm))
            .Append(", nonce=").Append(SipText.Quote(Nonce))
            .Append(", uri=").Append(SipText.Quote(Uri))
            .Append(", response=").Append(SipText.Quote(Response))
            .Append(", algorithm=").Append(Algorithm.Name());
        if (Opaque is not null)
        {
            builder.Append(", opaque=").Append(SipText.Quote(Opaque));
        }

        if (Qop is not null)
        {
            builder.Append(", qop=").Append(Qop)
                .Append(", cnonce=").Append(SipText.Quote(CNonce ?? string.Empty))
                .Append(", nc=").Append((NonceCount ?? 1).ToString("x8", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public override string ToString() => $"Digest credentials for {Username} at {Realm} ({Algorithm.Name()})";
}
