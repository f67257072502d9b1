using System.Net;
using System.Net.Sockets;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Transport;

/// <summary>
/// SIP over one UDP socket (RFC 3261 §18): a receive loop that answers CRLF keepalive pings with a pong (RFC 5626
/// §4.4.1), answers a malformed but answerable request with 400 and drops other garbage, stamps each request's Via with
/// its source (received/rport) and hands the message on. Nothing a datagram contains can end the loop.
/// </summary>
public sealed class UdpSipTransport : ISipTransport, IDisposable
{
    private static readonly byte[] Ping = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] Pong = "\r\n"u8.ToArray();
    private readonly Socket _socket;
    private readonly SipParserLimits _limits;
    private long _dropped;
    private long _pongsReceived;

    private UdpSipTransport(Socket socket, SipParserLimits limits)
    {
        _socket = socket;
        _limits = limits;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
    }

    public static UdpSipTransport Bind(IPEndPoint local, SipParserLimits? limits = null)
    {
        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(local);
        return new UdpSipTransport(socket, limits ?? SipParserLimits.Default);
    }

    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Datagrams dropped: unparseable and not answerable, or a handler that threw.</summary>
    public long DroppedDatagrams => Interlocked.Read(ref _dropped);

    /// <summary>CRLF pongs received in answer to our pings.</summary>
    public long PongsReceived => Interlocked.Read(ref _pongsReceived);

    public void Send(SipMessage message, IPEndPoint destination) => SendBytes(message.ToBytes(), destination);

    /// <summary>A CRLF keepalive ping (RFC 5626 §4.4.1) to a peer, which should answer with a single CRLF.</summary>
    public void SendPing(IPEndPoint destination) => SendBytes(Ping, destination);

    /// <summary>Receives until cancelled, handing each message (requests stamped with their source) to <paramref name="handler"/>.</summary>
    public async Task RunAsync(Action<SipMessage, IPEndPoint> handler, CancellationToken cancellationToken)
    {
        var buffer = new byte[65_535];
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // An ICMP error for an earlier send (port unreachable) surfaces here on some platforms: not ours to stop for.
                continue;
            }

            Handle(buffer.AsSpan(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint, handler);
        }
    }

    private void Handle(ReadOnlySpan<byte> datagram, IPEndPoint source, Action<SipMessage, IPEndPoint> handler)
    {
        if (datagram.SequenceEqual(Ping))
        {
            SendBytes(Pong, source);
            return;
        }

        if (datagram.SequenceEqual(Pong))
        {
            Interlocked.Increment(ref _pongsReceived);
            return;
        }

        var result = SipParser.Parse(datagram, _limits);
        if (!result.IsSuccess)
        {
            if (result.Error.CanAnswer && result.Error.Request!.Method != SipMethods.Ack)
            {
                var request = ResponseRouting.StampSource(result.Error.Request, source);
                SendBytes(request.CreateResponse(400, result.Error.Reason).ToBytes(), ResponseRouting.DestinationFor(request.TopVia!, source));
            }
            else
            {
                Interlocked.Increment(ref _dropped);
            }

            return;
        }

        var message = result.Message is SipRequest r ? ResponseRouting.StampSource(r, source) : result.Message;
        try
        {
            handler(message, source);
        }
        catch (Exception)
        {
            // The receive loop outlives any one message's handling; the handler logs its own failures.
            Interlocked.Increment(ref _dropped);
        }
    }

    private void SendBytes(byte[] bytes, IPEndPoint destination)
    {
        try
        {
            _socket.SendTo(bytes, SocketFlags.None, destination);
        }
        catch (SocketException)
        {
            // UDP: a send that fails is a lost datagram; the transactions retransmit.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _socket.Dispose();
}
