using System.Text;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class FrameCodecTests
{
    [Theory]
    [InlineData(FacsimileControlField.DIS, false, 0x80)]
    [InlineData(FacsimileControlField.CSI, false, 0x40)]
    [InlineData(FacsimileControlField.NSF, false, 0x20)]
    [InlineData(FacsimileControlField.DTC, true, 0x81)]
    [InlineData(FacsimileControlField.DCS, false, 0x82)]
    [InlineData(FacsimileControlField.DCS, true, 0x83)]
    [InlineData(FacsimileControlField.TSI, true, 0x43)]
    [InlineData(FacsimileControlField.CFR, false, 0x84)]
    [InlineData(FacsimileControlField.FTT, false, 0x44)]
    [InlineData(FacsimileControlField.MPS, true, 0x4F)]
    [InlineData(FacsimileControlField.EOM, true, 0x8F)]
    [InlineData(FacsimileControlField.EOP, true, 0x2F)]
    [InlineData(FacsimileControlField.MCF, false, 0x8C)]
    [InlineData(FacsimileControlField.RTP, false, 0xCC)]
    [InlineData(FacsimileControlField.RTN, false, 0x4C)]
    [InlineData(FacsimileControlField.PPS, true, 0xBF)]
    [InlineData(FacsimileControlField.PPR, false, 0xBC)]
    [InlineData(FacsimileControlField.CTC, true, 0x13)]
    [InlineData(FacsimileControlField.CTR, false, 0xC4)]
    [InlineData(FacsimileControlField.EOR, true, 0xCF)]
    [InlineData(FacsimileControlField.ERR, false, 0x1C)]
    [InlineData(FacsimileControlField.RR, true, 0x6F)]
    [InlineData(FacsimileControlField.RNR, false, 0xEC)]
    [InlineData(FacsimileControlField.DCN, true, 0xFB)]
    [InlineData(FacsimileControlField.CRP, false, 0x1A)]
    [InlineData(FacsimileControlField.FCD, true, 0x06)]
    [InlineData(FacsimileControlField.RCP, true, 0x86)]
    public void Fcf_octets_follow_T30_with_the_X_bit_in_the_first_transmitted_bit(FacsimileControlField fcf, bool xBit, byte octet)
    {
        Assert.Equal(octet, FcfCodec.Encode(fcf, xBit));
        Assert.True(FcfCodec.TryDecode(octet, out var decoded, out var decodedX));
        Assert.Equal(fcf, decoded);
        Assert.Equal(xBit && FcfCodec.HasXBit(fcf), decodedX);
    }

    [Fact]
    public void Dis_and_dtc_are_told_apart_even_though_they_differ_only_in_the_first_bit()
    {
        Assert.True(FcfCodec.TryDecode(0x80, out var dis, out _));
        Assert.True(FcfCodec.TryDecode(0x81, out var dtc, out _));
        Assert.Equal(FacsimileControlField.DIS, dis);
        Assert.Equal(FacsimileControlField.DTC, dtc);
    }

    [Fact]
    public void Fcs_is_crc16_itu_and_matches_the_check_value_for_123456789()
    {
        Assert.Equal(0x906E, FrameCheckSequence.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Fcs_is_appended_low_octet_first_and_a_corrupted_frame_fails_the_check()
    {
        var withFcs = FrameCheckSequence.Append(Encoding.ASCII.GetBytes("123456789"));
        Assert.Equal(0x6E, withFcs[^2]);
        Assert.Equal(0x90, withFcs[^1]);
        Assert.True(FrameCheckSequence.IsValid(withFcs));
        withFcs[3] ^= 0x10;
        Assert.False(FrameCheckSequence.IsValid(withFcs));
    }

    [Fact]
    public void Csi_is_sent_reversed_in_ascii_and_padded_with_spaces_to_20_octets()
    {
        var fif = SubscriberIdentification.Encode("+44 20 7946 0000");
        Assert.Equal(Encoding.ASCII.GetBytes("0000 6497 02 44+    "), fif);
    }

    [Fact]
    public void Csi_frame_from_the_answerer_has_known_bytes()
    {
        var frame = new T30Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 20 7946 0000"), xBit: false, isFinal: false);
        var expected = new byte[] { 0xFF, 0x03, 0x40 }.Concat(Encoding.ASCII.GetBytes("0000 6497 02 44+    ")).ToArray();
        Assert.Equal(expected, frame.ToBytes());
    }

    [Fact]
    public void Tsi_from_the_caller_carries_the_x_bit_and_round_trips()
    {
        var frame = new T30Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 161 496 0123"), xBit: true);
        var bytes = frame.ToBytes();
        Assert.Equal(0x43, bytes[2]);
        Assert.Equal(0x13, bytes[1]);
        Assert.True(T30Frame.TryParse(bytes, hasFcs: false, out var parsed));
        Assert.Equal(frame, parsed);
        Assert.Equal("+44 161 496 0123", SubscriberIdentification.Decode(parsed!.FifSpan));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("+1 212 555 0100")]
    [InlineData("12345678901234567890")]
    public void Identification_round_trips(string identity)
    {
        Assert.Equal(identity, SubscriberIdentification.Decode(SubscriberIdentification.Encode(identity)));
    }

    [Fact]
    public void Identification_rejects_letters_and_more_than_20_characters()
    {
        Assert.Throws<ArgumentException>(() => SubscriberIdentification.Encode("GROUPUS"));
        Assert.Throws<ArgumentException>(() => SubscriberIdentification.Encode("123456789012345678901"));
    }

    [Fact]
    public void Frames_round_trip_through_bytes_with_fcs()
    {
        var frame = new T30Frame(FacsimileControlField.DCS, [0x00, 0xE2, 0x70], xBit: true);
        Assert.True(T30Frame.TryParse(frame.ToBytesWithFcs(), hasFcs: true, out var parsed));
        Assert.Equal(frame, parsed);
    }

    [Fact]
    public void Frames_with_a_bad_address_control_fcs_or_unknown_fcf_are_not_parsed()
    {
        Assert.False(T30Frame.TryParse([0xFE, 0x13, 0x80], hasFcs: false, out _));
        Assert.False(T30Frame.TryParse([0xFF, 0x07, 0x80], hasFcs: false, out _));
        Assert.False(T30Frame.TryParse([0xFF, 0x13, 0xFF], hasFcs: false, out _));
        var corrupted = new T30Frame(FacsimileControlField.MCF).ToBytesWithFcs();
        corrupted[^1] ^= 1;
        Assert.False(T30Frame.TryParse(corrupted, hasFcs: true, out _));
    }

    [Fact]
    public void Mcf_from_the_answerer_is_the_classic_three_octets()
    {
        Assert.Equal(new byte[] { 0xFF, 0x13, 0x8C }, new T30Frame(FacsimileControlField.MCF).ToBytes());
    }
}
