using System.Security.Cryptography;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Authentication;

/// <summary>
/// Client-side digest, for trunks that challenge us: picks the strongest offered algorithm we know, answers with qop=auth
/// when offered, and counts nc up for repeated use of the same nonce.
/// </summary>
public sealed class DigestClient(string username, string password)
{
    private string? _lastNonce;
    private long _nonceCount;

    /// <summary>
    /// The request with an Authorization (for 401) or Proxy-Authorization (for 407) header answering the response's
    /// challenge; null when the response holds no challenge we can answer. The caller sends it with a new CSeq and branch.
    /// </summary>
    public SipRequest? Authorize(SipRequest request, SipResponse challengeResponse)
    {
        var (challengeHeader, answerHeader) = challengeResponse.StatusCode == 407
            ? (SipHeaderNames.ProxyAuthenticate, SipHeaderNames.ProxyAuthorization)
            : (SipHeaderNames.WwwAuthenticate, SipHeaderNames.Authorization);
        var challenge = challengeResponse.Headers.GetAll(challengeHeader)
            .Select(v => DigestChallenge.TryParse(v, out var c) ? c : null)
            .OfType<DigestChallenge>()
            .OrderByDescending(c => c.Algorithm == DigestAlgorithm.Sha256)
            .FirstOrDefault();
        if (challenge is null)
        {
            return null;
        }

        _nonceCount = challenge.Nonce == _lastNonce ? _nonceCount + 1 : 1;
        _lastNonce = challenge.Nonce;
        string? qop = challenge.QopAuth ? "auth" : null;
        string? cnonce = qop is null ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        long? nc = qop is null ? null : _nonceCount;
        var response = DigestCalculator.Response(
            challenge.Algorithm, username, challenge.Realm, password, request.Method, request.RequestUri, challenge.Nonce, qop, cnonce, nc);
        var credentials = new DigestCredentials(username, challenge.Realm, challenge.Nonce, request.RequestUri, response, challenge.Algorithm, challenge.Opaque, qop, cnonce, nc);
        return request.WithHeaders(request.Headers.Remove(answerHeader).Add(answerHeader, credentials.ToHeaderValue()));
    }

    public override string ToString() => $"Digest client for {username}";
}
