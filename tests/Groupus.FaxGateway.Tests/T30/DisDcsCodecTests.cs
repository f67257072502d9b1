using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

public class DisDcsCodecTests
{
    [Fact]
    public void Dis_for_v17_fine_mr_unlimited_length_0ms_without_ecm_is_00_EE_78()
    {
        var dis = new DigitalIdentificationSignal
        {
            CanReceive = true,
            Modems = ModemType.All,
            Fine = true,
            TwoDimensionalCoding = true,
            MaxLength = PageLength.Unlimited,
            MinScanLineTimeCode = ScanLineTime.EncodeDis(0, false),
        };
        Assert.Equal(new byte[] { 0x00, 0xEE, 0x78 }, dis.Encode());
    }

    [Fact]
    public void Dis_with_ecm_needs_a_fourth_octet_and_sets_the_extend_bit_24()
    {
        var dis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities { ErrorCorrection = true });
        Assert.Equal(new byte[] { 0x00, 0xEE, 0xF8, 0x04 }, dis.Encode());
    }

    [Fact]
    public void Dis_with_superfine_extends_to_six_octets_with_every_extend_bit_set()
    {
        var bytes = new DigitalIdentificationSignal { Superfine = true }.Encode();
        Assert.Equal(6, bytes.Length);
        Assert.Equal(0x80, bytes[2] & 0x80);
        Assert.Equal(0x80, bytes[3] & 0x80);
        Assert.Equal(0x80, bytes[4] & 0x80);
        Assert.Equal(0x01, bytes[5]);
    }

    [Theory]
    [InlineData(0x00, ModemType.V27ter)]
    [InlineData(0x08, ModemType.V27ter)]
    [InlineData(0x04, ModemType.V29)]
    [InlineData(0x0C, ModemType.V27ter | ModemType.V29)]
    [InlineData(0x2C, ModemType.All)]
    public void Dis_rate_bits_11_to_14_decode_to_the_modems_of_table_2(byte secondOctet, ModemType modems)
    {
        var dis = DigitalIdentificationSignal.Decode([0x00, (byte)(0x02 | secondOctet), 0x00]);
        Assert.Equal(modems, dis.Modems);
        Assert.True(dis.CanReceive);
        Assert.Equal(secondOctet == 0, dis.V27terFallbackOnly);
    }

    [Fact]
    public void Dis_round_trips_every_field()
    {
        var dis = new DigitalIdentificationSignal
        {
            ReadyToTransmit = true,
            CanReceive = true,
            Modems = ModemType.V27ter | ModemType.V29,
            Fine = true,
            TwoDimensionalCoding = true,
            MaxWidth = PageWidth.A3,
            MaxLength = PageLength.B4,
            MinScanLineTimeCode = ScanLineTime.EncodeDis(20, halfAtFine: true),
            ErrorCorrection = true,
            T6Coding = true,
            Superfine = true,
            HalfScanTimeAtSuperfine = true,
        };
        Assert.Equal(dis, DigitalIdentificationSignal.Decode(dis.Encode()));
    }

    [Fact]
    public void Dis_minimum_scan_time_applies_the_half_rule_for_fine_and_bit_46_for_superfine()
    {
        var dis = new DigitalIdentificationSignal { MinScanLineTimeCode = ScanLineTime.EncodeDis(20, halfAtFine: true), HalfScanTimeAtSuperfine = true };
        Assert.Equal(20, dis.MinScanLineTimeMs(Resolution.Standard));
        Assert.Equal(10, dis.MinScanLineTimeMs(Resolution.Fine));
        Assert.Equal(5, dis.MinScanLineTimeMs(Resolution.Superfine));

        var full = new DigitalIdentificationSignal { MinScanLineTimeCode = ScanLineTime.EncodeDis(40, halfAtFine: false) };
        Assert.Equal(40, full.MinScanLineTimeMs(Resolution.Fine));
    }

    [Fact]
    public void Dcs_for_v17_14400_fine_mr_0ms_is_00_E2_70()
    {
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V17_14400, Resolution = Resolution.Fine, Coding = ImageCoding.MR, MinScanLineTimeMs = 0 };
        Assert.Equal(new byte[] { 0x00, 0xE2, 0x70 }, dcs.Encode());
    }

    [Fact]
    public void Dcs_for_v27ter_4800_standard_mh_20ms_is_00_0A_00()
    {
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V27ter_4800, MinScanLineTimeMs = 20 };
        Assert.Equal(new byte[] { 0x00, 0x0A, 0x00 }, dcs.Encode());
    }

    [Theory]
    [InlineData(14400, ModemType.V17, 0x20)]
    [InlineData(12000, ModemType.V17, 0x28)]
    [InlineData(9600, ModemType.V17, 0x24)]
    [InlineData(7200, ModemType.V17, 0x2C)]
    [InlineData(9600, ModemType.V29, 0x04)]
    [InlineData(7200, ModemType.V29, 0x0C)]
    [InlineData(4800, ModemType.V27ter, 0x08)]
    [InlineData(2400, ModemType.V27ter, 0x00)]
    public void Dcs_rate_bits_match_table_2(int bitRate, ModemType modem, byte rateMask)
    {
        var rate = SignallingRate.FallbackSequence.Single(r => r.BitRate == bitRate && r.Modem == modem);
        var bytes = new DigitalCommandSignal { Rate = rate }.Encode();
        Assert.Equal(rateMask, bytes[1] & 0x3C);
        Assert.Equal(rate, DigitalCommandSignal.Decode(bytes)!.Rate);
    }

    [Fact]
    public void Dcs_round_trips_ecm_with_64_octet_frames_and_t6()
    {
        var dcs = new DigitalCommandSignal
        {
            Rate = SignallingRate.V29_7200,
            Resolution = Resolution.Superfine,
            Coding = ImageCoding.MMR,
            Width = PageWidth.B4,
            Length = PageLength.Unlimited,
            MinScanLineTimeMs = 0,
            ErrorCorrection = true,
            EcmFrameSize = 64,
        };
        Assert.Equal(dcs, DigitalCommandSignal.Decode(dcs.Encode()));
    }

    [Fact]
    public void Dcs_with_a_reserved_rate_code_is_not_decoded()
    {
        // Bits 11-14 = 0,0,1,0: reserved (once V.33).
        Assert.Null(DigitalCommandSignal.Decode([0x00, 0x12, 0x00]));
    }

    [Theory]
    [InlineData(24, 2400, ModemType.V27ter, false)]
    [InlineData(48, 4800, ModemType.V27ter, false)]
    [InlineData(72, 7200, ModemType.V29, false)]
    [InlineData(96, 9600, ModemType.V29, false)]
    [InlineData(73, 7200, ModemType.V17, false)]
    [InlineData(74, 7200, ModemType.V17, true)]
    [InlineData(97, 9600, ModemType.V17, false)]
    [InlineData(98, 9600, ModemType.V17, true)]
    [InlineData(121, 12000, ModemType.V17, false)]
    [InlineData(122, 12000, ModemType.V17, true)]
    [InlineData(145, 14400, ModemType.V17, false)]
    [InlineData(146, 14400, ModemType.V17, true)]
    public void Modulations_map_to_class_1_codes(int code, int bitRate, ModemType modem, bool shortTrain)
    {
        var rate = SignallingRate.FallbackSequence.Single(r => r.BitRate == bitRate && r.Modem == modem);
        Assert.Equal(code, new Modulation(rate, shortTrain).Class1Code);
    }

    [Fact]
    public void Fallback_goes_v17_then_v29_then_v27ter()
    {
        var rates = SignallingRate.FallbackSequence.Select(r => $"{r.Modem}/{r.BitRate}");
        Assert.Equal(["V17/14400", "V17/12000", "V17/9600", "V17/7200", "V29/9600", "V29/7200", "V27ter/4800", "V27ter/2400"], rates);
        Assert.Equal(SignallingRate.V29_9600, SignallingRate.V17_7200.NextLower(ModemType.All));
        Assert.Equal(SignallingRate.V27ter_4800, SignallingRate.V17_14400.NextLower(ModemType.V27ter));
        Assert.Null(SignallingRate.V27ter_2400.NextLower(ModemType.All));
    }
}
