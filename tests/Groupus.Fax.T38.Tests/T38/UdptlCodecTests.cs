namespace Groupus.Fax.T38.Tests.T38;

/// <summary>UDPTL framing against hand-derived aligned-PER vectors and bad datagrams.</summary>
public sealed class UdptlCodecTests
{
    public static TheoryData<string, UdptlPacket, string> Vectors => new()
    {
        {
            // seq-number 0x1234 in 16 bits; primary open type: length 01, IFP 04 (ced);
            // error-recovery choice 0 (secondary-ifp-packets) + padding → 00; SEQUENCE OF count 0 → 00
            "no redundancy", new UdptlPacket(0x1234, new byte[] { 0x04 }, UdptlRedundancy.None), "12 34 01 04 00 00"
        },
        {
            // ... choice 0 → 00; count 2 → 02; each secondary an open type: 01 02 (cng), 01 00 (no-signal)
            "two secondaries", new UdptlPacket(0x1234, new byte[] { 0x04 }, new UdptlRedundancy([new byte[] { 0x02 }, new byte[] { 0x00 }])), "12 34 01 04 00 02 01 02 01 00"
        },
        {
            // seq 0xFFFA (65530); choice 1 (fec-info) + padding → 80; fec-npackets INTEGER: length 01, value 03;
            // fec-data count 02; OCTET STRINGs: 01 AB and 02 CD EF
            "fec", new UdptlPacket(0xFFFA, new byte[] { 0x04 }, new UdptlFec(3, [new byte[] { 0xAB }, new byte[] { 0xCD, 0xEF }])), "FF FA 01 04 80 01 03 02 01 AB 02 CD EF"
        },
        {
            // a primary of 200 octets needs the two-octet length form: 10xxxxxx xxxxxxxx → 80 C8
            "long primary", new UdptlPacket(7, Enumerable.Repeat((byte)0x04, 200).ToArray(), UdptlRedundancy.None), "00 07 80 C8 " + string.Concat(Enumerable.Repeat("04 ", 200)) + "00 00"
        },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Encodes_the_hand_derived_vector_and_decodes_it_back(string name, UdptlPacket packet, string hex)
    {
        byte[] expected = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        Assert.True(expected.SequenceEqual(UdptlCodec.Encode(packet)), name);
        Assert.True(UdptlCodec.TryDecode(expected, out var decoded, out var error), error?.Detail);
        Assert.Equal(packet, decoded);
    }

    [Theory]
    [InlineData("", T38DecodeErrorKind.Truncated)]
    [InlineData("12", T38DecodeErrorKind.Truncated)]
    [InlineData("12 34 05 04", T38DecodeErrorKind.Truncated)] // primary says 5 octets
    [InlineData("12 34 00 00 00", T38DecodeErrorKind.LengthOutOfRange)] // empty primary
    [InlineData("12 34 01 04", T38DecodeErrorKind.Truncated)] // no error-recovery
    [InlineData("12 34 01 04 00 21", T38DecodeErrorKind.LengthOutOfRange)] // 33 secondaries
    [InlineData("12 34 01 04 00 01 7F", T38DecodeErrorKind.Truncated)] // secondary of 127 octets missing
    [InlineData("12 34 01 04 00 00 00", T38DecodeErrorKind.TrailingData)]
    [InlineData("12 34 01 04 80 01 FF 00", T38DecodeErrorKind.LengthOutOfRange)] // negative fec-npackets
    [InlineData("12 34 01 04 80 01 00 00", T38DecodeErrorKind.LengthOutOfRange)] // fec-npackets 0
    [InlineData("12 34 01 04 80 05 01 02 03 04 05 00", T38DecodeErrorKind.LengthOutOfRange)] // a 5-octet INTEGER
    [InlineData("12 34 C0 00 00 00", T38DecodeErrorKind.Truncated)] // a fragmented (16 K+) length
    [InlineData("12 34 BF FF 04", T38DecodeErrorKind.Truncated)] // 16383 octets announced, 1 present
    public void Refuses_bad_datagrams_with_a_typed_error(string hex, T38DecodeErrorKind kind)
    {
        byte[] octets = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        Assert.False(UdptlCodec.TryDecode(octets, out var packet, out var error));
        Assert.Null(packet);
        Assert.Equal(kind, error!.Kind);
    }
}
