using Groupus.Fax.T30;
using Groupus.Fax.T38.Terminal;
using Groupus.Fax.T38.Tests.Peers;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>One call's settings, as SDP would have negotiated them for both ends.</summary>
/// <param name="StatedMaxDatagram">The peer's <c>T38FaxMaxDatagram</c>: the largest datagram we may send it.</param>
/// <param name="Redundancy">Redundancy depth, both directions.</param>
public sealed record T38Scenario(
    bool Ecm = false,
    int MaxRate = 14400,
    int StatedMaxDatagram = 400,
    int Redundancy = 3,
    ushort StartSequence = 0,
    bool LocalTcf = false,
    int Version = 0)
{
    public SpandspPeerOptions Peer => new(Ecm, MaxRate, MaxDatagram: 1400, Redundancy, StartSequence, LocalTcf, Version);

    public UdptlSessionOptions Session => new()
    {
        Version = Version,
        Sender = new UdptlSenderOptions { RedundancyDepth = Redundancy, MaximumDatagram = StatedMaxDatagram, InitialSequenceNumber = StartSequence },
    };

    public T38TerminalOptions Terminal => new()
    {
        LocalIdentity = "+44 20 7946 0000",
        Paced = false,
        RateManagement = LocalTcf ? TcfRateManagement.LocalTcf : TcfRateManagement.TransferredTcf,
        Capabilities = new T30Capabilities { ErrorCorrection = Ecm, MaxBitRate = MaxRate },
    };
}
