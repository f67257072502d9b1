namespace Groupus.Fax.Sip.Calls;

public enum FaxCallDirection
{
    /// <summary>The peer called us: the gateway receives (or polls).</summary>
    Inbound,

    /// <summary>We called the peer: the gateway sends.</summary>
    Outbound,
}
