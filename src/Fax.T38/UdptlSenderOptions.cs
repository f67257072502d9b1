namespace Groupus.Fax.T38;

/// <summary>How a UDPTL sender protects its IFPs and how large its datagrams may be.</summary>
public sealed record UdptlSenderOptions
{
    public UdptlErrorCorrectionMode Mode { get; init; } = UdptlErrorCorrectionMode.Redundancy;

    /// <summary>Redundancy: previous IFPs repeated in each datagram (fewer when the datagram would be too large).</summary>
    public int RedundancyDepth { get; init; } = 3;

    /// <summary>FEC: how many IFPs each parity entry covers (<c>fec-npackets</c>).</summary>
    public int FecSpan { get; init; } = 3;

    /// <summary>FEC: parity entries per datagram.</summary>
    public int FecEntries { get; init; } = 3;

    /// <summary>The far end's stated maximum datagram, already resolved by <see cref="UdptlDatagramLimit.Resolve"/>.</summary>
    public int MaximumDatagram { get; init; } = UdptlDatagramLimit.Default;

    public ushort InitialSequenceNumber { get; init; }
}
