namespace Groupus.Sdp;

/// <summary>
/// What we can take in an answer: our address and ports, G.711 audio, and T.38. We never offer FillBitRemoval, MMR or
/// JBIG transcoding by default: our T.38 terminal passes T.4/T.6 data through unchanged, so these stay false unless a
/// later terminal implements them.
/// </summary>
public sealed record LocalMediaCapabilities
{
    public required string Address { get; init; }

    public int AudioPort { get; init; }

    public int ImagePort { get; init; }

    public bool AcceptAudio { get; init; } = true;

    public bool AcceptT38 { get; init; } = true;

    /// <summary>The highest T.38 version we speak (our IFP codec does 0..3).</summary>
    public int T38MaxVersion { get; init; } = 3;

    public int T38MaxBitRate { get; init; } = 14400;

    /// <summary>What we state as <c>T38FaxMaxBuffer</c>: octets of IFP data we can hold.</summary>
    public int T38MaxBuffer { get; init; } = 2000;

    /// <summary>What we state as <c>T38FaxMaxDatagram</c>: the largest UDPTL datagram we accept.</summary>
    public int T38MaxDatagram { get; init; } = 1400;

    public bool SupportsFillBitRemoval { get; init; }

    public bool SupportsTranscodingMmr { get; init; }

    public bool SupportsTranscodingJbig { get; init; }

    /// <summary>Offered schemes we would use, best first (redundancy is the one every peer implements).</summary>
    public IReadOnlyList<T38ErrorCorrection> ErrorCorrectionPreference { get; init; } = [T38ErrorCorrection.Redundancy, T38ErrorCorrection.Fec];
}
