namespace Groupus.Fax.T38.Tests.T38;

/// <summary>
/// IFP encoding against vectors derived by hand from the T.38 Annex A ASN.1 under X.691 aligned PER. Bits are written
/// most significant first; "|" separates octets.
/// </summary>
public sealed class IfpCodecTests
{
    public static TheoryData<string, IfpPacket, int, string> Vectors => new()
    {
        {
            // data-field absent 0, choice t30-indicator 0, extension bit 0, ced = 2 in 4 bits 0010, padding 0 → 0000 0100
            "ced", new IfpIndicator(T30IndicatorType.Ced), 0, "04"
        },
        {
            // 0, 0, ext 0, v17-14400-long-training = 15 → 1111, pad → 0001 1110
            "v17-14400-long-training", new IfpIndicator(T30IndicatorType.V17_14400LongTraining), 0, "1E"
        },
        {
            // 0, 0, ext 1, normally small number: 0 then 6 bits of 22 - 16 = 6 (000110) → 0010 0001 | 10 pad → 21 80
            "v33-14400-training (extension)", new IfpIndicator(T30IndicatorType.V33_14400Training), 1, "21 80"
        },
        {
            // data-field present 1, choice t30-data 1, ext 0, v21 = 0000, pad → 1100 0000; field count 1 (aligned length) → 01;
            // field: field-data present 1, field-type hdlc-data 000 (v0: no extension bit) → 1000 pad → 80;
            // field-data SIZE(1..65535): length - 1 = 1 in two aligned octets → 00 01; then FF C8
            "v21 hdlc-data (v0)", Data(T30DataType.V21, new IfpField(T38FieldType.HdlcData, new byte[] { 0xFF, 0xC8 })), 0, "C0 01 80 00 01 FF C8"
        },
        {
            // as above but v1: field-data present 1, extension bit 0, hdlc-data 000 → 1000 0 pad → 80 (same octet)
            "v21 hdlc-data (v1)", Data(T30DataType.V21, new IfpField(T38FieldType.HdlcData, new byte[] { 0xFF, 0xC8 })), 1, "C0 01 80 00 01 FF C8"
        },
        {
            // 1, 1, ext 0, v17-14400 = 8 → 1000, pad → 1101 0000; count 2;
            // field 1 (v0): present 1, t4-non-ecm-data 110 → 1110 pad → E0, length-1 = 0 → 00 00, AA;
            // field 2 (v0): present 0, t4-non-ecm-sig-end 111 → 0111 pad → 70
            "t4 data and sig-end (v0)", Data(T30DataType.V17_14400, new IfpField(T38FieldType.T4NonEcmData, new byte[] { 0xAA }), new IfpField(T38FieldType.T4NonEcmSigEnd)), 0, "D0 02 E0 00 00 AA 70"
        },
        {
            // v2: field 1: 1, ext 0, 110 → 1011 0 pad → B0; field 2: 0, ext 0, 111 → 0011 1 pad → 38
            "t4 data and sig-end (v2)", Data(T30DataType.V17_14400, new IfpField(T38FieldType.T4NonEcmData, new byte[] { 0xAA }), new IfpField(T38FieldType.T4NonEcmSigEnd)), 2, "D0 02 B0 00 00 AA 38"
        },
        {
            // Two fields without data share an octet (PER does not align between them):
            // v0: 0 010 (hdlc-fcs-OK) then 0 001 (hdlc-sig-end) → 0010 0001 → 21
            "fcs-OK, sig-end (v0)", Data(T30DataType.V21, new IfpField(T38FieldType.HdlcFcsOk), new IfpField(T38FieldType.HdlcSigEnd)), 0, "C0 02 21"
        },
        {
            // v3: 0 0 010 then 0 0 001 → 0001 0000 | 01 pad → 10 40
            "fcs-OK, sig-end (v3)", Data(T30DataType.V21, new IfpField(T38FieldType.HdlcFcsOk), new IfpField(T38FieldType.HdlcSigEnd)), 3, "C0 02 10 40"
        },
        {
            // 1, 1, ext 1, small 0 + v8 (9 - 9 = 0) 000000 → 1110 0000 | 00 pad → E0 00; count 1 → 01;
            // field: present 1, ext 1, small 0, ci-message (10 - 8 = 2) 000010 → 1100 0001 | 0 pad → C1 00; length 00 00; 01
            "v8 ci-message (extensions)", Data(T30DataType.V8, new IfpField(T38FieldType.CiMessage, new byte[] { 0x01 })), 1, "E0 00 01 C1 00 00 00 01"
        },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Encodes_the_hand_derived_vector_and_decodes_it_back(string name, IfpPacket packet, int version, string hex)
    {
        byte[] expected = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        Assert.True(expected.SequenceEqual(IfpCodec.Encode(packet, version)), name);
        Assert.True(IfpCodec.TryDecode(expected, version, out var decoded, out var error), error?.Detail);
        Assert.Equal(packet, decoded);
    }

    [Fact]
    public void Every_indicator_round_trips_in_every_version_that_carries_it()
    {
        foreach (int version in new[] { 0, 1, 2, 3 })
        {
            foreach (var indicator in Enum.GetValues<T30IndicatorType>())
            {
                if (version == 0 && indicator > T30IndicatorType.V17_14400LongTraining)
                {
                    Assert.Throws<ArgumentException>(() => IfpCodec.Encode(new IfpIndicator(indicator), version));
                    continue;
                }

                var packet = new IfpIndicator(indicator);
                Assert.True(IfpCodec.TryDecode(IfpCodec.Encode(packet, version), version, out var decoded, out _));
                Assert.Equal(packet, decoded);
            }
        }
    }

    [Fact]
    public void Every_data_type_and_field_type_round_trips_with_and_without_data()
    {
        foreach (int version in new[] { 0, 1, 2, 3 })
        {
            foreach (var dataType in Enum.GetValues<T30DataType>())
            {
                foreach (var fieldType in Enum.GetValues<T38FieldType>())
                {
                    bool extension = dataType > T30DataType.V17_14400 || fieldType > T38FieldType.T4NonEcmSigEnd;
                    var packet = Data(dataType, new IfpField(fieldType, new byte[] { 1, 2, 3 }), new IfpField(fieldType), new IfpField(T38FieldType.HdlcData, new byte[300]));
                    if (version == 0 && extension)
                    {
                        Assert.Throws<ArgumentException>(() => IfpCodec.Encode(packet, version));
                        continue;
                    }

                    Assert.True(IfpCodec.TryDecode(IfpCodec.Encode(packet, version), version, out var decoded, out var error), error?.Detail);
                    Assert.Equal(packet, decoded);
                }
            }
        }
    }

    [Fact]
    public void Field_data_of_the_largest_size_round_trips()
    {
        var packet = Data(T30DataType.V17_14400, new IfpField(T38FieldType.T4NonEcmData, Enumerable.Range(0, IfpField.MaximumDataLength).Select(i => (byte)i).ToArray()));

        Assert.True(IfpCodec.TryDecode(IfpCodec.Encode(packet, 3), 3, out var decoded, out _));
        Assert.Equal(packet, decoded);
    }

    [Theory]
    [InlineData("", T38DecodeErrorKind.Truncated)]
    [InlineData("C0 01 80 00 05 FF", T38DecodeErrorKind.Truncated)] // says 6 octets of data, has 1
    [InlineData("C0", T38DecodeErrorKind.Truncated)] // data-field present but no count
    [InlineData("C0 41", T38DecodeErrorKind.LengthOutOfRange)] // 65 fields: above our bound
    [InlineData("C0 00", T38DecodeErrorKind.LengthOutOfRange)] // a present data-field with no fields
    [InlineData("04 00", T38DecodeErrorKind.TrailingData)]
    [InlineData("80", T38DecodeErrorKind.UnknownType)] // an indicator that claims a data field
    [InlineData("5A", T38DecodeErrorKind.UnknownType)] // t30-data root value 13 (only 0..8 exist)
    [InlineData("3F C0", T38DecodeErrorKind.UnknownType)] // t30-indicator extension 63
    public void Refuses_bad_packets_with_a_typed_error(string hex, T38DecodeErrorKind kind)
    {
        byte[] octets = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        Assert.False(IfpCodec.TryDecode(octets, 1, out var packet, out var error));
        Assert.Null(packet);
        Assert.Equal(kind, error!.Kind);
    }

    [Fact]
    public void Zero_padding_is_accepted_only_when_asked_for_as_after_fec_recovery()
    {
        byte[] padded = [0x04, 0x00, 0x00];

        Assert.False(IfpCodec.TryDecode(padded, 0, out _, out _));
        Assert.True(IfpCodec.TryDecode(padded, 0, out var packet, out _, allowZeroPadding: true));
        Assert.Equal(new IfpIndicator(T30IndicatorType.Ced), packet);
    }

    private static IfpData Data(T30DataType type, params IfpField[] fields) => new(type, fields);
}
