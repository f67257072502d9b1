using Groupus.Fax.Sip.Lines;
using Groupus.Fax.T38;
using Groupus.Sdp;

namespace Groupus.Fax.Sip.Calls;

/// <summary>A call switched to T.38: the line, the numbers, the negotiated parameters and the started UDPTL session to the peer.</summary>
/// <param name="Negotiated">The T.38 parameters both sides agreed (version, bit rate, rate management, error correction).</param>
/// <param name="PeerMaxDatagram">The peer's stated <c>T38FaxMaxDatagram</c>, already resolved (no datagram we send exceeds it).</param>
public sealed record T38CallContext(
    SipFaxLine Line,
    FaxCallDirection Direction,
    string CalledNumber,
    string? CallingNumber,
    T38Parameters Negotiated,
    int PeerMaxDatagram,
    UdptlSocketSession Media);
