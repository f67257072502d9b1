using Groupus.Sip.Messages;

namespace Groupus.Sip.Tests.Messages;

public sealed class SipUriTests
{
    [Theory]
    [InlineData("sip:alice@atlanta.com", "sip", "alice", "atlanta.com", null)]
    [InlineData("SIPS:alice:secret@atlanta.com:5061;transport=tcp", "sips", "alice", "atlanta.com", 5061)]
    [InlineData("sip:[2001:db8::1]:5070", "sip", null, "[2001:db8::1]", 5070)]
    [InlineData("sip:+441234567890@10.0.0.1;user=phone", "sip", "+441234567890", "10.0.0.1", null)]
    public void Uris_parse(string text, string scheme, string? user, string host, int? port)
    {
        Assert.True(SipUri.TryParse(text, out var uri));
        Assert.Equal((scheme, user, host, port), (uri.Scheme, uri.User, uri.Host, uri.Port));
    }

    [Theory]
    [InlineData("mailto:a@b")]
    [InlineData("sip:")]
    [InlineData("sip:a@")]
    [InlineData("sip:@host")]
    [InlineData("sip:host:0")]
    [InlineData("sip:host:abc")]
    [InlineData("sip:[::1")]
    [InlineData("sip:host;=x")]
    public void Invalid_uris_are_refused(string text) => Assert.False(SipUri.TryParse(text, out _));

    [Fact]
    public void Parameters_and_headers_round_trip()
    {
        Assert.True(SipUri.TryParse("sip:p1.example.com;lr;maddr=10.0.0.1?subject=x", out var uri));
        Assert.True(uri.Parameters.Contains("LR"));
        Assert.Equal("10.0.0.1", uri.Parameters.Get("maddr"));
        Assert.Equal("sip:p1.example.com;lr;maddr=10.0.0.1?subject=x", uri.ToString());
    }

    [Fact]
    public void An_addr_spec_keeps_its_parameters_on_the_header_and_a_name_addr_on_the_uri()
    {
        Assert.True(NameAddress.TryParse("sip:bob@h;tag=abc", out var bare));
        Assert.Equal("abc", bare.Tag);
        Assert.Equal(0, bare.Uri.Parameters.Count);
        Assert.True(NameAddress.TryParse("\"Bob \\\"B\\\"\" <sip:bob@h;transport=udp>;tag=abc", out var named));
        Assert.Equal("Bob \"B\"", named.DisplayName);
        Assert.Equal("udp", named.Uri.Parameters.Get("transport"));
        Assert.Equal("abc", named.Tag);
        Assert.True(NameAddress.TryParse(named.ToString(), out var again));
        Assert.Equal(named.DisplayName, again.DisplayName);
    }
}
