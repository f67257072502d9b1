namespace Groupus.Sdp;

/// <summary>A <c>T38FaxUdpEC</c> value.</summary>
public enum T38ErrorCorrection
{
    /// <summary><c>t38UDPRedundancy</c>.</summary>
    Redundancy,

    /// <summary><c>t38UDPFEC</c>.</summary>
    Fec,
}
