namespace Groupus.Fax.T38.Tests.Peers;

/// <summary>The spandsp peer's command line: what its T.30 offers and how its UDPTL behaves.</summary>
/// <param name="MaxDatagram">The largest datagram the peer sends (what we would state in our SDP).</param>
/// <param name="Redundancy">Previous IFPs the peer repeats in each datagram.</param>
public sealed record SpandspPeerOptions(
    bool Ecm = false,
    int MaxRate = 14400,
    int MaxDatagram = 1400,
    int Redundancy = 3,
    ushort StartSequence = 0,
    bool LocalTcf = false,
    int Version = 0)
{
    public IEnumerable<string> Arguments() =>
    [
        "--ecm", Ecm ? "1" : "0",
        "--max-rate", MaxRate.ToString(),
        "--max-datagram", MaxDatagram.ToString(),
        "--redundancy", Redundancy.ToString(),
        "--start-seq", StartSequence.ToString(),
        "--tcf", LocalTcf ? "local" : "transferred",
        "--version", Version.ToString(),
        "--paced", "0",
        "--timeout", "150",
    ];
}
