using System.Globalization;

namespace Groupus.Sip.Authentication;

/// <summary>The digest response (RFC 7616 §3.4.1 with qop=auth, RFC 2617 §3.2.2.1 without).</summary>
public static class DigestCalculator
{
    public static string Response(
        DigestAlgorithm algorithm,
        string username,
        string realm,
        string password,
        string method,
        string uri,
        string nonce,
        string? qop,
        string? cnonce,
        long? nonceCount)
    {
        var ha1 = algorithm.Hash($"{username}:{realm}:{password}");
        var ha2 = algorithm.Hash($"{method}:{uri}");
        return qop is null
            ? algorithm.Hash($"{ha1}:{nonce}:{ha2}")
            : algorithm.Hash($"{ha1}:{nonce}:{(nonceCount ?? 1).ToString("x8", CultureInfo.InvariantCulture)}:{cnonce}:{qop}:{ha2}");
    }
}
