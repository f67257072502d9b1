using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transport;

/// <summary>Sends a message as one datagram; fire and forget (UDP gives no delivery report; the transactions retransmit).</summary>
public interface ISipTransport
{
    /// <summary>The address requests are sent from, for Via and Contact.</summary>
    IPEndPoint LocalEndPoint { get; }

    void Send(SipMessage message, IPEndPoint destination);
}
