namespace Groupus.Fax.T38.Terminal;

/// <summary>The T.38 side of one call, kept with the fax record (issue #13 item 6).</summary>
/// <param name="PacketsSent">UDPTL datagrams sent.</param>
/// <param name="PacketsReceived">UDPTL datagrams received, malformed ones included.</param>
/// <param name="RecoveredLosses">IFPs whose own datagram never arrived, supplied by redundancy or FEC.</param>
/// <param name="UnrecoveredLosses">IFPs given up for good.</param>
/// <param name="MalformedPackets">Datagrams or IFPs that did not decode and were dropped.</param>
/// <param name="RedundancyDepth">Previous IFPs repeated in each datagram we send (FEC: entries per datagram).</param>
/// <param name="LargestDatagramSent">The largest UDPTL payload we sent, in octets.</param>
/// <param name="MaximumDatagram">The far end's stated maximum datagram we kept to.</param>
public sealed record T38CallStatistics(
    long PacketsSent,
    long PacketsReceived,
    long RecoveredLosses,
    long UnrecoveredLosses,
    long MalformedPackets,
    int RedundancyDepth,
    long LargestDatagramSent,
    int MaximumDatagram);
