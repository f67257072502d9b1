namespace Groupus.Fax.T30;

/// <summary>What the local terminal can do; the answerer advertises it in DIS, the caller negotiates DCS within it.</summary>
public sealed record T30Capabilities
{
    public ModemType Modems { get; init; } = ModemType.All;

    /// <summary>Upper bound on the data signalling rate (e.g. 9600 for a poor line), regardless of modem.</summary>
    public int MaxBitRate { get; init; } = 14400;

    public bool Fine { get; init; } = true;

    public bool Superfine { get; init; }

    public bool TwoDimensionalCoding { get; init; } = true;

    /// <summary>T.6 (MMR); only offered and used together with ECM.</summary>
    public bool T6Coding { get; init; }

    public bool ErrorCorrection { get; init; }

    /// <summary>ECM frame size this terminal transmits with: 256 or 64 octets.</summary>
    public int EcmFrameSize { get; init; } = 256;

    public PageWidth MaxWidth { get; init; } = PageWidth.A4;

    public PageLength MaxLength { get; init; } = PageLength.Unlimited;

    /// <summary>Receiving: minimum scan line time needed at 3.85 lines/mm (0, 5, 10, 20 or 40 ms).</summary>
    public int MinScanLineTimeMs { get; init; }

    /// <summary>Receiving: T7.7 = 1/2 T3.85.</summary>
    public bool HalfScanTimeAtFine { get; init; }

    /// <summary>Receiving: T15.4 = 1/2 T7.7.</summary>
    public bool HalfScanTimeAtSuperfine { get; init; }
}
