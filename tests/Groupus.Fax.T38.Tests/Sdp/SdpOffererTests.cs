using Groupus.Sdp;

namespace Groupus.Fax.T38.Tests.Sdp;

public sealed class SdpOffererTests
{
    private static readonly LocalMediaCapabilities Local = new() { Address = "198.51.100.7", AudioPort = 20000, ImagePort = 20002 };

    [Fact]
    public void Our_t38_offer_states_our_version_limits_transferred_tcf_and_one_error_correction()
    {
        var offer = SdpSession.Create("9", Local).OfferT38().Description;

        var image = Assert.Single(SdpParserTests.Parse(SdpSerializer.Serialize(offer)).Media);
        var parameters = T38AttributeCodec.Read(image).Value!;
        Assert.True(image.IsT38);
        Assert.Equal(20002, image.Port);
        Assert.Equal(3, parameters.Version);
        Assert.Equal(14400, parameters.MaxBitRate);
        Assert.Equal(T38RateManagement.TransferredTcf, parameters.RateManagement);
        Assert.Equal(1400, parameters.MaxDatagram);
        Assert.Equal([T38ErrorCorrection.Redundancy], parameters.ErrorCorrections);
        Assert.False(parameters.FillBitRemoval || parameters.TranscodingMmr || parameters.TranscodingJbig);
    }

    [Fact]
    public void Our_t38_offer_is_accepted_by_an_answerer_like_ours_taking_the_lower_version()
    {
        var ourOffer = SdpSession.Create("9", Local).OfferT38().Description;
        var peer = SdpSession.Create("77", Local with { Address = "192.0.2.50", T38MaxVersion = 0 });

        var peerAnswer = peer.Answer(SdpParserTests.Parse(SdpSerializer.Serialize(ourOffer))).Value!.Description;

        Assert.Equal(0, T38AttributeCodec.Read(peerAnswer.Media[0]).Value!.Version);
    }

    [Fact]
    public void The_session_version_counts_our_changes_across_answers_and_offers()
    {
        var session = SdpSession.Create("9", Local);
        var audioOffer = SdpParserTests.Parse(SdpSamples.AudioOffer);

        var answer = session.Answer(audioOffer).Value!;
        var t38 = answer.Session.OfferT38();
        var t38Again = t38.Session.OfferT38(); // our re-INVITE retried after a 491
        var audio = t38Again.Session.OfferAudio();

        Assert.Equal([1UL, 2UL, 2UL, 3UL], new[] { answer, t38, t38Again, audio }.Select(o => o.Description.Origin.SessionVersion));
    }

    [Fact]
    public void Our_audio_offer_carries_g711_and_telephone_event()
    {
        var audio = SdpSession.Create("9", Local).OfferAudio().Description.Media.Single();

        Assert.True(audio.IsAudio);
        Assert.Equal(["0", "8", "101"], audio.Formats);
        Assert.Equal("telephone-event", AudioCodecs.EncodingOf(audio, "101"));
    }
}
