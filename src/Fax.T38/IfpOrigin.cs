namespace Groupus.Fax.T38;

/// <summary>How a delivered IFP reached us.</summary>
public enum IfpOrigin
{
    /// <summary>As the primary IFP of its own datagram.</summary>
    Primary,

    /// <summary>Its datagram was missing; a later datagram's redundancy carried it.</summary>
    Redundancy,

    /// <summary>Its datagram was missing; rebuilt from parity FEC. It may end in zero padding (decode with it allowed).</summary>
    Fec,
}
