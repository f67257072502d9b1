namespace Groupus.Fax.T38;

/// <summary>What a UDPTL sender puts in <c>error-recovery</c> (SDP <c>T38FaxUdpEC</c>).</summary>
public enum UdptlErrorCorrectionMode
{
    /// <summary>An empty <c>secondary-ifp-packets</c>.</summary>
    None,

    /// <summary><c>t38UDPRedundancy</c>: copies of the previous IFPs.</summary>
    Redundancy,

    /// <summary><c>t38UDPFEC</c>: parity (XOR) entries over earlier IFPs.</summary>
    Fec,
}
