using Groupus.Sdp;

namespace Groupus.Fax.T38.Tests.Sdp;

public sealed class SdpAnswererTests
{
    private static readonly LocalMediaCapabilities Local = new() { Address = "198.51.100.7", AudioPort = 20000, ImagePort = 20002 };

    [Fact]
    public void A_t38_offer_is_answered_with_the_lower_version_copied_rate_management_our_limits_and_one_error_correction()
    {
        var image = AnswerOf(SdpSamples.T38Offer, Local with { T38MaxVersion = 1 }).Media.Single();
        var answer = T38AttributeCodec.Read(image).Value!;

        Assert.Equal(20002, image.Port);
        Assert.Equal(["t38"], image.Formats);
        Assert.Equal(1, answer.Version);
        Assert.Equal(14400, answer.MaxBitRate);
        Assert.Equal(T38RateManagement.LocalTcf, answer.RateManagement);
        Assert.Equal(Local.T38MaxDatagram, answer.MaxDatagram);
        Assert.Equal(Local.T38MaxBuffer, answer.MaxBuffer);
        Assert.Equal([T38ErrorCorrection.Redundancy], answer.ErrorCorrections);
    }

    [Fact]
    public void The_offers_lower_version_and_bit_rate_win_over_ours()
    {
        var answer = T38Answer("a=T38FaxVersion:0\r\na=T38MaxBitRate:9600\r\na=T38FaxRateManagement:transferredTCF\r\na=T38FaxUdpEC:t38UDPFEC", Local);

        Assert.Equal(0, answer.Version);
        Assert.Equal(9600, answer.MaxBitRate);
        Assert.Equal(T38RateManagement.TransferredTcf, answer.RateManagement);
        Assert.Equal([T38ErrorCorrection.Fec], answer.ErrorCorrections);
    }

    [Fact]
    public void Fill_bit_removal_mmr_and_jbig_are_never_answered_unless_offered_and_supported()
    {
        const string offered = "a=T38FaxFillBitRemoval\r\na=T38FaxTranscodingMMR:1\r\na=T38FaxTranscodingJBIG";

        var byDefault = T38Answer(offered, Local);
        var supported = T38Answer(offered, Local with { SupportsFillBitRemoval = true, SupportsTranscodingMmr = true, SupportsTranscodingJbig = true });
        var notOffered = T38Answer("a=T38FaxVersion:0", Local with { SupportsFillBitRemoval = true, SupportsTranscodingMmr = true, SupportsTranscodingJbig = true });

        Assert.False(byDefault.FillBitRemoval || byDefault.TranscodingMmr || byDefault.TranscodingJbig);
        Assert.True(supported.FillBitRemoval && supported.TranscodingMmr && supported.TranscodingJbig);
        Assert.False(notOffered.FillBitRemoval || notOffered.TranscodingMmr || notOffered.TranscodingJbig);
    }

    [Fact]
    public void An_audio_offer_is_answered_with_g711_and_telephone_event_only()
    {
        var audio = AnswerOf(SdpSamples.AudioOffer, Local).Media.Single();

        Assert.Equal(20000, audio.Port);
        Assert.Equal(["0", "8", "101"], audio.Formats);
        Assert.Contains(new SdpAttribute("rtpmap", "101 telephone-event/8000"), audio.Attributes);
    }

    [Fact]
    public void Unused_and_refused_m_lines_are_answered_with_port_0_in_the_same_count_and_order()
    {
        const string offer = """
            v=0
            o=trunk 1 1 IN IP4 192.0.2.20
            s=-
            c=IN IP4 192.0.2.20
            t=0 0
            m=video 7000 RTP/AVP 96
            m=audio 7002 RTP/AVP 0
            m=image 7004 udptl t38
            a=T38FaxVersion:0
            m=audio 7006 RTP/AVP 8
            m=image 0 udptl t38
            m=audio 7008 RTP/AVP 18
            """;

        var media = AnswerOf(offer, Local).Media;

        Assert.Equal(["video", "audio", "image", "audio", "image", "audio"], media.Select(m => m.Media));
        Assert.Equal([0, 20000, 20002, 0, 0, 0], media.Select(m => m.Port));
        Assert.Equal(["96"], media[0].Formats);
    }

    [Fact]
    public void Audio_we_do_not_accept_leaves_the_image_line_alone_and_the_audio_line_at_port_0()
    {
        var media = AnswerOf(SdpSamples.AudioOffer.Replace("m=audio 5004 RTP/AVP 0 8 18 101", "m=audio 5004 RTP/AVP 0 8 18 101\nm=image 5006 udptl t38", StringComparison.Ordinal), Local with { AcceptAudio = false }).Media;

        Assert.Equal([0, 20002], media.Select(m => m.Port));
    }

    [Fact]
    public void An_offer_without_anything_we_take_is_a_typed_error()
    {
        var session = SdpSession.Create("4711", Local);

        var result = session.Answer(SdpParserTests.Parse("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 5000 RTP/AVP 18 101\na=rtpmap:101 telephone-event/8000\nm=video 5002 RTP/AVP 96"));

        Assert.Equal(SdpErrorKind.NoAcceptableMedia, result.Error!.Kind);
    }

    [Fact]
    public void Contradictory_t38_attributes_in_an_offer_are_a_typed_error_for_the_sip_layer_to_answer_488()
    {
        var session = SdpSession.Create("4711", Local);

        var result = session.Answer(SdpParserTests.Parse(SdpSamples.T38Offer + "\na=T38FaxVersion:3"));

        Assert.Equal(SdpErrorKind.ContradictoryAttributes, result.Error!.Kind);
    }

    [Fact]
    public void A_session_refresh_keeps_our_session_version_and_a_changed_answer_increments_it()
    {
        var session = SdpSession.Create("4711", Local);
        var audioOffer = SdpParserTests.Parse(SdpSamples.AudioOffer);
        var t38Offer = SdpParserTests.Parse(SdpSamples.T38Offer);

        var first = session.Answer(audioOffer).Value!;
        var refresh = first.Session.Answer(audioOffer).Value!;
        var toT38 = refresh.Session.Answer(t38Offer).Value!;
        var t38Refresh = toT38.Session.Answer(t38Offer).Value!;
        var back = t38Refresh.Session.Answer(audioOffer).Value!;

        Assert.Equal([1UL, 1UL, 2UL, 2UL, 3UL], new[] { first, refresh, toT38, t38Refresh, back }.Select(o => o.Description.Origin.SessionVersion));
        Assert.Equal([true, false, true, false, true], new[] { first, refresh, toT38, t38Refresh, back }.Select(o => o.Changed));
        Assert.Equal(SdpSerializer.Serialize(first.Description), SdpSerializer.Serialize(refresh.Description));
        Assert.Equal("4711", back.Description.Origin.SessionId);
    }

    [Fact]
    public void The_answer_is_valid_sdp_with_our_address()
    {
        var answer = SdpSession.Create("4711", Local).Answer(SdpParserTests.Parse(SdpSamples.T38Offer)).Value!.Description;

        var reparsed = SdpParserTests.Parse(SdpSerializer.Serialize(answer));

        Assert.Equal("198.51.100.7", reparsed.Connection!.Address);
        Assert.Equal("198.51.100.7", reparsed.Origin.Address);
        Assert.True(reparsed.Media[0].IsT38);
    }

    private static AnswerMedia AnswerOf(string offer, LocalMediaCapabilities local)
    {
        var result = SdpAnswerer.AnswerMedia(SdpParserTests.Parse(offer), local);
        Assert.True(result.IsSuccess, result.Error?.Detail);
        return result.Value!;
    }

    private static T38Parameters T38Answer(string lines, LocalMediaCapabilities local)
    {
        var image = AnswerOf($"v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=image 6000 udptl t38\n{lines}", local).Media.Single();
        return T38AttributeCodec.Read(image).Value!;
    }
}
