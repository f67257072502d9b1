using Groupus.Sip.Authentication;

namespace Groupus.Sip.Tests.Authentication;

public sealed class DigestCalculatorTests
{
    [Fact]
    public void The_rfc_2617_md5_example_gives_its_published_response() =>
        Assert.Equal(
            "6629fae49393a05397450978507c4ef1",
            DigestCalculator.Response(DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "0a4f113b", 1));

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void The_rfc_7616_examples_give_their_published_responses(DigestAlgorithm algorithm, string expected) =>
        Assert.Equal(
            expected,
            DigestCalculator.Response(algorithm, "Mufasa", "http-auth@example.org", "Circle of Life", "GET", "/dir/index.html",
                "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "auth", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", 1));
}
