using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Groupus.Fax.T38;

/// <summary>
/// One T.38 media stream on a real UDP socket. The socket is bound and receiving from <see cref="Open"/> on (before our
/// SDP answer goes out), so datagrams that arrive before <see cref="Start"/> (200 OK sent/ACKed) wait in a bounded buffer.
/// Sending is symmetric: once a valid datagram has arrived, replies go to the address it came from, not to the SDP's.
/// </summary>
public sealed class UdptlSocketSession : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly UdptlSessionOptions _options;
    private readonly UdptlSender _sender;
    private readonly UdptlReceiveWindow _window;
    private readonly Channel<UdptlPacket> _received;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Task _receiveLoop;
    private IPEndPoint? _signalledRemote;
    private IPEndPoint? _learnedRemote;
    private long _sent;
    private long _receivedDatagrams;
    private long _largest;
    private long _malformed;
    private long _overflow;

    private UdptlSocketSession(Socket socket, UdptlSessionOptions options)
    {
        T38Version.Validate(options.Version);
        _socket = socket;
        _options = options;
        _sender = new UdptlSender(options.Sender);
        _window = new UdptlReceiveWindow(options.ReceiveWindow);
        _received = Channel.CreateBounded<UdptlPacket>(
            new BoundedChannelOptions(options.ReceiveBufferDatagrams) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, SingleWriter = true },
            _ => Interlocked.Increment(ref _overflow));
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>Where datagrams go: the source of the peer's datagrams once one has arrived, else the SDP address.</summary>
    public IPEndPoint? RemoteEndPoint
    {
        get
        {
            lock (_gate)
            {
                return _learnedRemote ?? _signalledRemote;
            }
        }
    }

    public UdptlSessionStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return new UdptlSessionStatistics(_sent, Interlocked.Read(ref _receivedDatagrams), _largest, Interlocked.Read(ref _malformed), Interlocked.Read(ref _overflow), _window.Statistics);
            }
        }
    }

    /// <summary>Binds a UDP socket (port 0 picks one) and starts receiving at once.</summary>
    public static UdptlSocketSession Open(IPEndPoint local, UdptlSessionOptions options)
    {
        // A larger kernel buffer (the kernel caps it at net.core.rmem_max) rides out a pause of the receiving process
        // (a collection, a busy machine) without losing a burst of the far end's datagrams.
        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 1 << 20 };
        try
        {
            socket.Bind(local);
            return new UdptlSocketSession(socket, options);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The address and port of the peer's SDP (connection line and m=image port).</summary>
    public void SetSignalledRemote(IPEndPoint remote)
    {
        lock (_gate)
        {
            _signalledRemote = remote;
        }
    }

    /// <summary>The session is established: buffered and later datagrams may now be read.</summary>
    public void Start() => _started.TrySetResult();

    /// <summary>Encodes and sends one IFP; false when it cannot fit the far end's maximum datagram even alone.</summary>
    public async ValueTask<bool> SendAsync(IfpPacket ifp, CancellationToken cancellationToken)
    {
        byte[] encoded = IfpCodec.Encode(ifp, _options.Version);
        UdptlDatagram? datagram;
        IPEndPoint remote;
        lock (_gate)
        {
            remote = _learnedRemote ?? _signalledRemote ?? throw new InvalidOperationException("No remote address yet: neither SDP nor a received datagram.");
            if (!_sender.TryCreate(encoded, out datagram))
            {
                return false;
            }

            _sent++;
            _largest = Math.Max(_largest, datagram!.Bytes.Length);
        }

        await _socket.SendToAsync(datagram.Bytes, SocketFlags.None, remote, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Waits for <see cref="Start"/>, then for the next IFPs that are deliverable in order.</summary>
    public async ValueTask<IReadOnlyList<ReceivedIfp>> ReceiveAsync(CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var packet = await _received.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ReceivedIfp> delivered;
            lock (_gate)
            {
                delivered = _window.Accept(packet);
            }

            if (delivered.Count > 0)
            {
                return delivered;
            }
        }
    }

    /// <summary>Gives up the gaps still open (the stream has gone quiet) and returns what was held back.</summary>
    public IReadOnlyList<ReceivedIfp> Flush()
    {
        lock (_gate)
        {
            return _window.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        try
        {
            await _receiveLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _received.Writer.TryComplete();
        _stopping.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[UdptlDatagramLimit.Maximum];
        EndPoint any = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!_stopping.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, _stopping.Token).ConfigureAwait(false);
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
            {
                continue; // an ICMP port unreachable for an earlier send
            }
            catch (Exception exception) when (exception is ObjectDisposedException or OperationCanceledException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _receivedDatagrams);
            if (!UdptlCodec.TryDecode(buffer.AsSpan(0, result.ReceivedBytes), out var packet, out _))
            {
                Interlocked.Increment(ref _malformed);
                continue;
            }

            lock (_gate)
            {
                _learnedRemote = (IPEndPoint)result.RemoteEndPoint;
            }

            _received.Writer.TryWrite(packet!);
        }
    }
}
