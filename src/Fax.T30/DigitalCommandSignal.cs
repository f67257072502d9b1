namespace Groupus.Fax.T30;

/// <summary>
/// The parameters a transmitter commands with DCS (T.30 Table 2): the session parameters for the pages that follow.
/// </summary>
public sealed record DigitalCommandSignal
{
    public required SignallingRate Rate { get; init; }

    public Resolution Resolution { get; init; } = Resolution.Standard;

    public ImageCoding Coding { get; init; } = ImageCoding.MH;

    public PageWidth Width { get; init; } = PageWidth.A4;

    public PageLength Length { get; init; } = PageLength.A4;

    /// <summary>Minimum scan line time the transmitter will respect, one of 0, 5, 10, 20, 40 ms.</summary>
    public int MinScanLineTimeMs { get; init; } = 20;

    /// <summary>Bit 27.</summary>
    public bool ErrorCorrection { get; init; }

    /// <summary>ECM frame size: 256 octets (bit 28 = 0) or 64 octets (bit 28 = 1).</summary>
    public int EcmFrameSize { get; init; } = 256;

    public byte[] Encode()
    {
        var bits = new T30BitField();
        bits[10] = true;
        bits.Set(11, 4, Rate.DcsRateBits);
        bits[15] = Resolution == Resolution.Fine;
        bits[16] = Coding == ImageCoding.MR;
        bits.Set(17, 2, Width switch { PageWidth.B4 => 1, PageWidth.A3 => 2, _ => 0 });
        bits.Set(19, 2, Length switch { PageLength.B4 => 1, PageLength.Unlimited => 2, _ => 0 });
        bits.Set(21, 3, ScanLineTime.EncodeDcs(MinScanLineTimeMs));
        bits[27] = ErrorCorrection;
        bits[28] = ErrorCorrection && EcmFrameSize == 64;
        bits[31] = Coding == ImageCoding.MMR;
        bits[41] = Resolution == Resolution.Superfine;
        return bits.ToArray();
    }

    /// <summary>Decodes a DCS FIF; null when bits 11-14 hold a rate this engine does not implement.</summary>
    public static DigitalCommandSignal? Decode(ReadOnlySpan<byte> fif)
    {
        var bits = new T30BitField(fif);
        var rate = SignallingRate.FromDcsRateBits((byte)bits.Get(11, 4));
        if (rate is null)
        {
            return null;
        }

        var ecm = bits[27];
        return new DigitalCommandSignal
        {
            Rate = rate,
            Resolution = bits[41] ? Resolution.Superfine : bits[15] ? Resolution.Fine : Resolution.Standard,
            Coding = bits[31] ? ImageCoding.MMR : bits[16] ? ImageCoding.MR : ImageCoding.MH,
            Width = bits.Get(17, 2) switch { 1 => PageWidth.B4, 2 => PageWidth.A3, _ => PageWidth.A4 },
            Length = bits.Get(19, 2) switch { 1 => PageLength.B4, 2 => PageLength.Unlimited, _ => PageLength.A4 },
            MinScanLineTimeMs = ScanLineTime.DecodeDcs(bits.Get(21, 3)),
            ErrorCorrection = ecm,
            EcmFrameSize = ecm && bits[28] ? 64 : 256,
        };
    }

    public override string ToString() =>
        $"{Rate}, {Resolution}, {Coding}, {Width}, {Length}, {MinScanLineTimeMs} ms{(ErrorCorrection ? $", ECM {EcmFrameSize}" : string.Empty)}";
}
