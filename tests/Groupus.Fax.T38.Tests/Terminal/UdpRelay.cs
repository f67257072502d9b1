using System.Net;
using System.Net.Sockets;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>
/// A real UDP relay on loopback between our terminal and the spandsp peer. Each direction can drop datagrams (in bursts
/// of two, never more, so redundancy 3 can always recover), hold one back behind up to 3 later ones, and send some twice,
/// with a fixed seed. It logs the sequence numbers it dropped and keeps every payload it forwarded, in order, for tshark.
/// </summary>
public sealed class UdpRelay : IAsyncDisposable
{
    private static readonly TimeSpan HoldLimit = TimeSpan.FromMilliseconds(100);
    private readonly Socket _ourSide = Bound();
    private readonly Socket _peerSide = Bound();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _towardsPeer;
    private readonly Task _towardsUs;
    private readonly Lock _gate = new();
    private EndPoint? _us;
    private EndPoint? _peer;

    public UdpRelay(RelayFaults towardsPeer, RelayFaults towardsUs, int seed)
    {
        _towardsPeer = ForwardAsync(_ourSide, _peerSide, towardsPeer, new Random(seed), ToPeer, isFromUs: true);
        _towardsUs = ForwardAsync(_peerSide, _ourSide, towardsUs, new Random(seed + 1), ToUs, isFromUs: false);
    }

    /// <summary>Where our terminal sends (the relay's face towards us).</summary>
    public IPEndPoint OurSide => (IPEndPoint)_ourSide.LocalEndPoint!;

    /// <summary>Where the peer sends (the relay's face towards the peer).</summary>
    public IPEndPoint PeerSide => (IPEndPoint)_peerSide.LocalEndPoint!;

    public RelayLog ToPeer { get; } = new();

    public RelayLog ToUs { get; } = new();

    /// <summary>Our address, known before anything is sent; the peer's is learnt from its first datagram or <see cref="SetPeer"/>.</summary>
    public void SetUs(IPEndPoint us)
    {
        lock (_gate)
        {
            _us = us;
        }
    }

    /// <summary>The peer's address from its PORT line, for when we send first.</summary>
    public void SetPeer(IPEndPoint peer)
    {
        lock (_gate)
        {
            _peer = peer;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _ourSide.Dispose();
        _peerSide.Dispose();
        await Task.WhenAll(_towardsPeer, _towardsUs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task ForwardAsync(Socket from, Socket to, RelayFaults faults, Random random, RelayLog log, bool isFromUs)
    {
        var buffer = new byte[65536];
        var heldBack = new List<(byte[] Datagram, int Release)>();
        var droppedInARow = 0;
        var received = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                SocketReceiveFromResult result;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
                {
                    if (heldBack.Count > 0)
                    {
                        wait.CancelAfter(HoldLimit);
                    }

                    try
                    {
                        result = await from.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), wait.Token);
                    }
                    catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
                    {
                        // Nothing more came to pass the held datagrams: they go now, late rather than lost.
                        foreach (var held in heldBack)
                        {
                            await SendAsync(to, held.Datagram, Destination(isFromUs)!, log);
                        }

                        heldBack.Clear();
                        continue;
                    }
                }

                var datagram = buffer.AsSpan(0, result.ReceivedBytes).ToArray();
                EndPoint? destination;
                lock (_gate)
                {
                    if (isFromUs)
                    {
                        _us = result.RemoteEndPoint;
                        destination = _peer;
                    }
                    else
                    {
                        _peer = result.RemoteEndPoint;
                        destination = _us;
                    }
                }

                if (destination is null)
                {
                    continue;
                }

                received++;
                var sequence = datagram.Length >= 2 ? (ushort)((datagram[0] << 8) | datagram[1]) : (ushort)0;
                var drop = droppedInARow == 1 || (droppedInARow == 0 && random.NextDouble() < faults.Loss / 2);
                if (drop && received > 1)
                {
                    droppedInARow++;
                    log.Dropped(sequence);
                    continue;
                }

                droppedInARow = 0;
                if (random.NextDouble() < faults.Reorder)
                {
                    heldBack.Add((datagram, received + random.Next(1, 4)));
                    continue;
                }

                await SendAsync(to, datagram, destination, log);
                if (random.NextDouble() < faults.Duplicate)
                {
                    await SendAsync(to, datagram, destination, log);
                }

                foreach (var due in heldBack.Where(held => held.Release <= received).ToList())
                {
                    heldBack.Remove(due);
                    await SendAsync(to, due.Datagram, destination, log);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private EndPoint? Destination(bool fromUs)
    {
        lock (_gate)
        {
            return fromUs ? _peer : _us;
        }
    }

    private async Task SendAsync(Socket socket, byte[] datagram, EndPoint destination, RelayLog log)
    {
        log.Forwarded(datagram);
        await socket.SendToAsync(datagram, SocketFlags.None, destination, _stop.Token);
    }

    private static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
