using Groupus.Sip.Authentication;
using Groupus.Sip.Messages;
using Microsoft.Extensions.Time.Testing;

namespace Groupus.Sip.Tests.Authentication;

public sealed class DigestAuthenticatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private readonly DigestAuthenticator _server;

    public DigestAuthenticatorTests() => _server = new DigestAuthenticator("groupus", _time, TimeSpan.FromMinutes(5));

    private static string? Password(string user) => user == "line1" ? "s3cret" : null;

    private static SipRequest Register() => SipMessages.Register("line1", cseq: 1);

    private SipResponse ChallengeResponse(bool md5Only = false)
    {
        var response = Register().CreateResponse(401);
        foreach (var challenge in _server.Challenge().Where(c => !md5Only || c.Algorithm == DigestAlgorithm.Md5))
        {
            response = response.WithHeaders(response.Headers.Add(SipHeaderNames.WwwAuthenticate, challenge.ToHeaderValue()));
        }

        return response;
    }

    [Fact]
    public void Challenges_offer_sha_256_then_md5_with_qop_auth_on_one_nonce()
    {
        var challenges = _server.Challenge();
        Assert.Equal([DigestAlgorithm.Sha256, DigestAlgorithm.Md5], challenges.Select(c => c.Algorithm));
        Assert.All(challenges, c => Assert.True(c.QopAuth));
        Assert.Single(challenges.Select(c => c.Nonce).Distinct());
        Assert.Contains("algorithm=SHA-256", challenges[0].ToHeaderValue(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "SHA-256")]
    [InlineData(true, "MD5")]
    public void The_client_answers_the_strongest_offered_algorithm_and_the_server_accepts_it(bool md5Only, string algorithm)
    {
        var authorized = new DigestClient("line1", "s3cret").Authorize(Register(), ChallengeResponse(md5Only))!;
        Assert.Contains("algorithm=" + algorithm, authorized.Headers.Get(SipHeaderNames.Authorization), StringComparison.Ordinal);
        Assert.Equal(new DigestVerification(DigestOutcome.Authenticated, "line1"), _server.Verify(authorized, Password));
    }

    [Fact]
    public void A_replayed_nonce_count_is_refused_and_a_higher_one_accepted()
    {
        var client = new DigestClient("line1", "s3cret");
        var challenge = ChallengeResponse();
        var first = client.Authorize(Register(), challenge)!;
        Assert.Equal(DigestOutcome.Authenticated, _server.Verify(first, Password).Outcome);
        Assert.Equal(DigestOutcome.Replayed, _server.Verify(first, Password).Outcome);
        var second = client.Authorize(Register(), challenge)!;
        Assert.Contains("nc=00000002", second.Headers.Get(SipHeaderNames.Authorization), StringComparison.Ordinal);
        Assert.Equal(DigestOutcome.Authenticated, _server.Verify(second, Password).Outcome);
    }

    [Fact]
    public void An_expired_nonce_with_the_right_password_is_stale_and_with_the_wrong_one_is_wrong()
    {
        var challenge = ChallengeResponse();
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(DigestOutcome.Stale, _server.Verify(new DigestClient("line1", "s3cret").Authorize(Register(), challenge)!, Password).Outcome);
        Assert.Equal(DigestOutcome.WrongCredentials, _server.Verify(new DigestClient("line1", "guess").Authorize(Register(), challenge)!, Password).Outcome);
    }

    [Fact]
    public void Wrong_passwords_unknown_users_forged_nonces_and_garbage_are_told_apart()
    {
        var challenge = ChallengeResponse();
        Assert.Equal(DigestOutcome.WrongCredentials, _server.Verify(new DigestClient("line1", "guess").Authorize(Register(), challenge)!, Password).Outcome);
        Assert.Equal(DigestOutcome.WrongCredentials, _server.Verify(new DigestClient("nobody", "s3cret").Authorize(Register(), challenge)!, Password).Outcome);
        Assert.Equal(DigestOutcome.Missing, _server.Verify(Register(), Password).Outcome);
        var forged = Register().CreateResponse(401);
        forged = forged.WithHeaders(forged.Headers.Add(SipHeaderNames.WwwAuthenticate,
            new DigestChallenge("groupus", new string('0', 64), DigestAlgorithm.Md5, null, true, false).ToHeaderValue()));
        Assert.Equal(DigestOutcome.UnknownNonce, _server.Verify(new DigestClient("line1", "s3cret").Authorize(Register(), forged)!, Password).Outcome);
        var garbage = Register().WithHeaders(Register().Headers.Add(SipHeaderNames.Authorization, "Digest username=\"line1"));
        Assert.Equal(DigestOutcome.Malformed, _server.Verify(garbage, Password).Outcome);
    }

    [Fact]
    public void A_proxy_challenge_is_answered_in_proxy_authorization()
    {
        var response = Register().CreateResponse(407);
        response = response.WithHeaders(response.Headers.Add(SipHeaderNames.ProxyAuthenticate, _server.Challenge()[1].ToHeaderValue()));
        var authorized = new DigestClient("line1", "s3cret").Authorize(Register(), response)!;
        Assert.Equal(DigestOutcome.Authenticated, _server.Verify(authorized, Password, SipHeaderNames.ProxyAuthorization).Outcome);
    }
}
