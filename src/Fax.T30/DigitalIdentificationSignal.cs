namespace Groupus.Fax.T30;

/// <summary>
/// The capabilities carried by DIS (and, in the same format, DTC), per T.30 Table 2.
/// </summary>
public sealed record DigitalIdentificationSignal
{
    /// <summary>Bit 9: ready to transmit a document (polling).</summary>
    public bool ReadyToTransmit { get; init; }

    /// <summary>Bit 10: can receive facsimile (T.4 receiver).</summary>
    public bool CanReceive { get; init; } = true;

    /// <summary>Bits 11-14: modulations the station offers.</summary>
    public ModemType Modems { get; init; } = ModemType.V27ter | ModemType.V29;

    /// <summary>Bits 11-14 all zero: V.27 ter fall-back mode, 2400 bit/s only.</summary>
    public bool V27terFallbackOnly { get; init; }

    /// <summary>Bit 15: 7.7 lines/mm.</summary>
    public bool Fine { get; init; }

    /// <summary>Bit 16: two-dimensional (MR) coding.</summary>
    public bool TwoDimensionalCoding { get; init; }

    /// <summary>Bits 17-18: widest scan line.</summary>
    public PageWidth MaxWidth { get; init; } = PageWidth.A4;

    /// <summary>Bits 19-20: longest recording length.</summary>
    public PageLength MaxLength { get; init; } = PageLength.A4;

    /// <summary>Bits 21-23: the receiver's minimum scan line time code (see <see cref="ScanLineTime"/>).</summary>
    public int MinScanLineTimeCode { get; init; }

    /// <summary>Bit 27: error correction mode.</summary>
    public bool ErrorCorrection { get; init; }

    /// <summary>Bit 31: T.6 coding.</summary>
    public bool T6Coding { get; init; }

    /// <summary>Bit 41: 15.4 lines/mm.</summary>
    public bool Superfine { get; init; }

    /// <summary>Bit 46: T15.4 = 1/2 T7.7 (otherwise T15.4 = T7.7).</summary>
    public bool HalfScanTimeAtSuperfine { get; init; }

    /// <summary>The receiver's minimum scan line time at <paramref name="resolution"/>, in milliseconds (may be fractional).</summary>
    public double MinScanLineTimeMs(Resolution resolution)
    {
        double normal = ScanLineTime.DisNormalTimeMs(MinScanLineTimeCode);
        var fine = ScanLineTime.DisHalfTimeAtFine(MinScanLineTimeCode) ? normal / 2 : normal;
        return resolution switch
        {
            Resolution.Standard => normal,
            Resolution.Fine => fine,
            _ => HalfScanTimeAtSuperfine ? fine / 2 : fine,
        };
    }

    public static DigitalIdentificationSignal FromCapabilities(T30Capabilities capabilities) => new()
    {
        CanReceive = true,
        Modems = capabilities.Modems,
        Fine = capabilities.Fine,
        TwoDimensionalCoding = capabilities.TwoDimensionalCoding,
        MaxWidth = capabilities.MaxWidth,
        MaxLength = capabilities.MaxLength,
        MinScanLineTimeCode = ScanLineTime.EncodeDis(capabilities.MinScanLineTimeMs, capabilities.HalfScanTimeAtFine),
        ErrorCorrection = capabilities.ErrorCorrection,
        T6Coding = capabilities.T6Coding && capabilities.ErrorCorrection,
        Superfine = capabilities.Superfine,
        HalfScanTimeAtSuperfine = capabilities.HalfScanTimeAtSuperfine,
    };

    public byte[] Encode()
    {
        var bits = new T30BitField();
        bits[9] = ReadyToTransmit;
        bits[10] = CanReceive;
        bits.Set(11, 4, EncodeModems());
        bits[15] = Fine;
        bits[16] = TwoDimensionalCoding;
        bits.Set(17, 2, MaxWidth switch { PageWidth.B4 => 1, PageWidth.A3 => 2, _ => 0 });
        bits.Set(19, 2, MaxLength switch { PageLength.B4 => 1, PageLength.Unlimited => 2, _ => 0 });
        bits.Set(21, 3, MinScanLineTimeCode);
        bits[27] = ErrorCorrection;
        bits[31] = T6Coding;
        bits[41] = Superfine;
        bits[46] = HalfScanTimeAtSuperfine;
        return bits.ToArray();
    }

    public static DigitalIdentificationSignal Decode(ReadOnlySpan<byte> fif)
    {
        var bits = new T30BitField(fif);
        var rate = bits.Get(11, 4);
        return new DigitalIdentificationSignal
        {
            ReadyToTransmit = bits[9],
            CanReceive = bits[10],
            Modems = DecodeModems(rate),
            V27terFallbackOnly = rate == 0,
            Fine = bits[15],
            TwoDimensionalCoding = bits[16],
            MaxWidth = bits.Get(17, 2) switch { 1 => PageWidth.B4, 2 => PageWidth.A3, _ => PageWidth.A4 },
            MaxLength = bits.Get(19, 2) switch { 1 => PageLength.B4, 2 => PageLength.Unlimited, _ => PageLength.A4 },
            MinScanLineTimeCode = bits.Get(21, 3),
            ErrorCorrection = bits[27],
            T6Coding = bits[31],
            Superfine = bits[41],
            HalfScanTimeAtSuperfine = bits[46],
        };
    }

    // Table 2 values for bits 11..14 (bit 11 least significant here): 0010 = V.27 ter, 0001 = V.29,
    // 0011 = V.27 ter and V.29, 1011 = V.27 ter, V.29 and V.17.
    private int EncodeModems()
    {
        if (V27terFallbackOnly)
        {
            return 0;
        }

        if ((Modems & ModemType.V17) != 0)
        {
            return 0b1011;
        }

        return ((Modems & ModemType.V29) != 0 ? 0b0001 : 0) | ((Modems & ModemType.V27ter) != 0 ? 0b0010 : 0);
    }

    private static ModemType DecodeModems(int rate)
    {
        if (rate == 0)
        {
            return ModemType.V27ter;
        }

        var modems = ModemType.None;
        if ((rate & 0b0001) != 0)
        {
            modems |= ModemType.V29;
        }

        if ((rate & 0b0010) != 0)
        {
            modems |= ModemType.V27ter;
        }

        if (rate == 0b1011)
        {
            modems |= ModemType.V17;
        }

        return modems;
    }
}
