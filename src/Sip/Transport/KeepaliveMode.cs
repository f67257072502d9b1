namespace Groupus.Sip.Transport;

/// <summary>How a NAT binding to a peer is kept open and the peer checked.</summary>
public enum KeepaliveMode
{
    /// <summary>RFC 5626 §4.4.1: a CRLFCRLF ping, answered by a CRLF pong.</summary>
    Crlf,

    /// <summary>An OPTIONS request, answered by any final response.</summary>
    Options,
}
