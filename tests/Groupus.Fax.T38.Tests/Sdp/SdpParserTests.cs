using Groupus.Sdp;

namespace Groupus.Fax.T38.Tests.Sdp;

public sealed class SdpParserTests
{
    [Fact]
    public void Parses_an_ata_audio_offer()
    {
        var offer = Parse(SdpSamples.AudioOffer);

        Assert.Equal(new SdpOrigin("HT813", "7001", 7001, "IN", "IP4", "192.0.2.10"), offer.Origin);
        var audio = Assert.Single(offer.Media);
        Assert.True(audio.IsAudio);
        Assert.Equal(5004, audio.Port);
        Assert.Equal(["0", "8", "18", "101"], audio.Formats);
        Assert.Equal("192.0.2.10", offer.ConnectionOf(audio)!.Address);
        Assert.Equal(new SdpAttribute("sendrecv", null), audio.Attributes[^1]);
        Assert.Equal("telephone-event", AudioCodecs.EncodingOf(audio, "101"));
    }

    [Fact]
    public void Serialises_and_parses_back_to_the_same_description_with_crlf_line_ends()
    {
        var offer = Parse(SdpSamples.T38Offer);

        string text = SdpSerializer.Serialize(offer);
        var again = Parse(text);

        Assert.Equal(SdpSamples.Crlf(SdpSamples.T38Offer), text);
        Assert.Equal(text, SdpSerializer.Serialize(again));
    }

    [Fact]
    public void Accepts_bare_lf_line_ends_unknown_line_types_and_a_port_count()
    {
        var description = Parse("v=0\no=- 1 2 IN IP4 10.0.0.1\ns=-\ni=info\nb=AS:64\nt=0 0\nm=audio 4000/2 RTP/AVP 0\nx=whatever\n");

        Assert.Equal(4000, description.Media[0].Port);
    }

    [Theory]
    [InlineData("", SdpErrorKind.Malformed)]
    [InlineData("v=1\r\n", SdpErrorKind.Malformed)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\n", SdpErrorKind.Malformed)] // no t=
    [InlineData("v=0\r\no=- 1 x IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 -2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 70000 RTP/AVP 0\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio -1 RTP/AVP 0\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nc=IN IP4\r\n", SdpErrorKind.InvalidValue)]
    [InlineData("v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\no=- 1 2 IN IP4 10.0.0.1\r\n", SdpErrorKind.Malformed)]
    [InlineData("v=0\r\nnonsense\r\n", SdpErrorKind.Malformed)]
    public void Refuses_malformed_bodies_with_a_typed_error(string text, SdpErrorKind kind)
    {
        var result = SdpParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Error!.Kind);
    }

    [Fact]
    public void Refuses_bodies_beyond_the_limits()
    {
        string header = "v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\n";

        Assert.Equal(SdpErrorKind.TooLarge, SdpParser.Parse(header + new string('a', SdpLimits.MaximumCharacters)).Error!.Kind);
        Assert.Equal(SdpErrorKind.TooLarge, SdpParser.Parse(header + string.Concat(Enumerable.Repeat("a=x\r\n", SdpLimits.MaximumLines))).Error!.Kind);
        Assert.Equal(SdpErrorKind.TooLarge, SdpParser.Parse(header + string.Concat(Enumerable.Repeat("m=audio 1 RTP/AVP 0\r\n", SdpLimits.MaximumMediaDescriptions + 1))).Error!.Kind);
        Assert.Equal(SdpErrorKind.TooLarge, SdpParser.Parse(header + "m=audio 1 RTP/AVP " + string.Join(' ', Enumerable.Range(0, 65)) + "\r\n").Error!.Kind);
    }

    internal static SessionDescription Parse(string text)
    {
        var result = SdpParser.Parse(SdpSamples.Crlf(text));
        Assert.True(result.IsSuccess, result.Error?.Detail);
        return result.Value!;
    }
}
