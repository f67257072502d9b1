using System.Globalization;
using System.Net;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transport;

/// <summary>
/// Where a request came from and where its responses go, for UDP (RFC 3261 §18.2.1 and §18.2.2, RFC 3581): the top Via
/// gets <c>received</c> when its sent-by host is not the source address and, when it asked with a bare <c>rport</c>, the
/// source port; responses go to <c>received</c> (or sent-by) at the rport (or sent-by port, or 5060).
/// </summary>
public static class ResponseRouting
{
    public const int DefaultPort = 5060;

    /// <summary>The request with its top Via stamped with the source it arrived from.</summary>
    public static SipRequest StampSource(SipRequest request, IPEndPoint source)
    {
        if (request.TopVia is not { } via)
        {
            return request;
        }

        var stamped = via;
        var sourceAddress = source.Address.IsIPv4MappedToIPv6 ? source.Address.MapToIPv4() : source.Address;
        if (!IPAddress.TryParse(via.Host.Trim('[', ']'), out var sentBy) || !sentBy.Equals(sourceAddress))
        {
            stamped = stamped.WithParameter("received", sourceAddress.ToString());
        }

        if (via.HasRPort)
        {
            stamped = stamped.WithParameter("received", sourceAddress.ToString())
                .WithParameter("rport", source.Port.ToString(CultureInfo.InvariantCulture));
        }

        return ReferenceEquals(stamped, via) ? request : request.WithHeaders(request.Headers.ReplaceFirst(SipHeaderNames.Via, stamped.ToString()));
    }

    /// <summary>Where a response to a request with this (stamped) top Via is sent; <paramref name="source"/> when the Via names no usable address.</summary>
    public static IPEndPoint DestinationFor(Via via, IPEndPoint source)
    {
        var host = via.Received ?? via.Host.Trim('[', ']');
        var address = IPAddress.TryParse(host, out var parsed) ? parsed : source.Address;
        int port = via.RPort ?? via.Port ?? DefaultPort;
        return new IPEndPoint(address, port);
    }
}
