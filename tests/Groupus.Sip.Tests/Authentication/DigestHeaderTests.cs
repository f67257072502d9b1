using Groupus.Sip.Authentication;

namespace Groupus.Sip.Tests.Authentication;

public sealed class DigestHeaderTests
{
    [Fact]
    public void Quoted_and_token_values_parse_with_commas_and_escapes_inside_quotes()
    {
        Assert.True(DigestHeader.TryParse("Digest realm=\"a, \\\"b\\\"\",nonce=abc ,  qop=\"auth,auth-int\", stale=TRUE", out var header));
        Assert.Equal("a, \"b\"", header["realm"]);
        Assert.Equal("abc", header["NONCE"]);
        Assert.Equal("auth,auth-int", header["qop"]);
        Assert.True(DigestChallenge.TryParse("Digest realm=\"r\", nonce=\"n\", qop=\"auth,auth-int\", stale=TRUE, algorithm=SHA-256", out var challenge));
        Assert.True(challenge.QopAuth);
        Assert.True(challenge.Stale);
        Assert.Equal(DigestAlgorithm.Sha256, challenge.Algorithm);
    }

    [Theory]
    [InlineData("Basic realm=\"x\"")]
    [InlineData("Digest")]
    [InlineData("Digest realm")]
    [InlineData("Digest realm=\"unterminated")]
    [InlineData("Digest realm=x, realm=y")]
    [InlineData("Digest =x")]
    public void Malformed_headers_are_refused(string text) => Assert.False(DigestHeader.TryParse(text, out _));

    [Fact]
    public void An_oversized_header_or_too_many_parameters_are_refused()
    {
        Assert.False(DigestHeader.TryParse("Digest realm=\"" + new string('a', 5000) + "\"", out _));
        Assert.False(DigestHeader.TryParse("Digest " + string.Join(", ", Enumerable.Range(0, 40).Select(i => $"p{i}=v")), out _));
    }

    [Theory]
    [InlineData("Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"sip:h\", response=\"x\", algorithm=SHA-512")]
    [InlineData("Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"sip:h\", response=\"x\", qop=auth, nc=1, cnonce=\"c\"")]
    [InlineData("Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"sip:h\", response=\"x\", qop=auth, nc=00000001")]
    [InlineData("Digest username=\"u\", realm=\"r\", nonce=\"n\", response=\"x\"")]
    public void Credentials_missing_a_required_part_or_with_an_unknown_algorithm_are_refused(string text) =>
        Assert.False(DigestCredentials.TryParse(text, out _));

    [Fact]
    public void Credentials_do_not_show_their_response_when_printed()
    {
        Assert.True(DigestCredentials.TryParse("Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"sip:h\", response=\"0123abcd\"", out var credentials));
        Assert.DoesNotContain("0123abcd", credentials.ToString(), StringComparison.Ordinal);
    }
}
