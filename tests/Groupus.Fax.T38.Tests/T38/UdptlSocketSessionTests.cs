using System.Net;
using System.Net.Sockets;

namespace Groupus.Fax.T38.Tests.T38;

/// <summary>The socket session on real UDP sockets over loopback.</summary>
public sealed class UdptlSocketSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sends_to_the_sdp_address_until_a_packet_arrives_then_back_to_where_the_peers_packets_come_from()
    {
        using var sdpAddress = Bound();
        using var realPeer = Bound();
        await using var session = UdptlSocketSession.Open(Loopback(0), new UdptlSessionOptions());
        session.SetSignalledRemote((IPEndPoint)sdpAddress.LocalEndPoint!);
        session.Start();

        Assert.True(await session.SendAsync(new IfpIndicator(T30IndicatorType.Cng), Timeout()));
        Assert.Equal(0, (await ReceiveOne(sdpAddress)).SequenceNumber);

        await realPeer.SendToAsync(Datagram(500, 0x04), session.LocalEndPoint);
        await session.ReceiveAsync(Timeout());
        Assert.True(await session.SendAsync(new IfpIndicator(T30IndicatorType.Ced), Timeout()));

        Assert.Equal(1, (await ReceiveOne(realPeer)).SequenceNumber);
        Assert.Equal(realPeer.LocalEndPoint, session.RemoteEndPoint);
    }

    [Fact]
    public async Task Datagrams_that_arrive_before_start_are_kept_and_delivered_after_it()
    {
        using var peer = Bound();
        await using var session = UdptlSocketSession.Open(Loopback(0), new UdptlSessionOptions());
        for (int i = 0; i < 5; i++)
        {
            await peer.SendToAsync(Datagram((ushort)(65533 + i), (byte)(i << 1)), session.LocalEndPoint);
        }

        await WaitUntil(() => session.Statistics.DatagramsReceived == 5);
        var pending = session.ReceiveAsync(Timeout()).AsTask();
        Assert.False(pending.IsCompleted);

        session.Start();
        var delivered = new List<ReceivedIfp>(await pending);
        while (delivered.Count < 5)
        {
            delivered.AddRange(await session.ReceiveAsync(Timeout()));
        }

        Assert.Equal(new ushort[] { 65533, 65534, 65535, 0, 1 }, delivered.Select(d => d.SequenceNumber));
        Assert.Equal(0, session.Statistics.Receive.Lost);
    }

    [Fact]
    public async Task The_pre_start_buffer_is_bounded_and_counts_what_it_drops()
    {
        using var peer = Bound();
        await using var session = UdptlSocketSession.Open(Loopback(0), new UdptlSessionOptions { ReceiveBufferDatagrams = 4 });
        for (int i = 0; i < 10; i++)
        {
            await peer.SendToAsync(Datagram((ushort)i, 0x04), session.LocalEndPoint);
        }

        await WaitUntil(() => session.Statistics.DatagramsReceived == 10);

        Assert.Equal(6, session.Statistics.OverflowDropped);
    }

    [Fact]
    public async Task Garbage_is_dropped_counted_and_does_not_move_the_reply_address()
    {
        using var peer = Bound();
        using var attacker = Bound();
        await using var session = UdptlSocketSession.Open(Loopback(0), new UdptlSessionOptions());
        session.Start();
        await peer.SendToAsync(Datagram(1, 0x04), session.LocalEndPoint);
        await session.ReceiveAsync(Timeout());

        await attacker.SendToAsync(new byte[] { 0xFF, 0xFF, 0x7F }, session.LocalEndPoint);
        await WaitUntil(() => session.Statistics.MalformedDropped == 1);

        Assert.Equal(peer.LocalEndPoint, session.RemoteEndPoint);
    }

    [Fact]
    public async Task Sends_never_exceed_the_far_ends_maximum_datagram()
    {
        using var peer = Bound();
        var options = new UdptlSessionOptions { Sender = new UdptlSenderOptions { MaximumDatagram = UdptlDatagramLimit.Resolve(160), RedundancyDepth = 4 } };
        await using var session = UdptlSocketSession.Open(Loopback(0), options);
        session.SetSignalledRemote((IPEndPoint)peer.LocalEndPoint!);
        var data = new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, new byte[60])]);

        for (int i = 0; i < 8; i++)
        {
            Assert.True(await session.SendAsync(data, Timeout()));
        }

        var buffer = new byte[2048];
        for (int i = 0; i < 8; i++)
        {
            int length = await peer.ReceiveAsync(buffer, SocketFlags.None, Timeout());
            Assert.True(length <= 160, $"{length} octets sent to a peer that accepts 160");
        }

        Assert.False(await session.SendAsync(new IfpData(T30DataType.V17_14400, [new IfpField(T38FieldType.T4NonEcmData, new byte[200])]), Timeout()));
    }

    internal static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(Loopback(0));
        return socket;
    }

    internal static IPEndPoint Loopback(int port) => new(IPAddress.Loopback, port);

    private static byte[] Datagram(ushort sequenceNumber, byte ifp) => UdptlCodec.Encode(new UdptlPacket(sequenceNumber, new[] { ifp }, UdptlRedundancy.None));

    private static async Task<UdptlPacket> ReceiveOne(Socket socket)
    {
        var buffer = new byte[2048];
        int length = await socket.ReceiveAsync(buffer, SocketFlags.None, Timeout());
        Assert.True(UdptlCodec.TryDecode(buffer.AsSpan(0, length), out var packet, out _));
        return packet!;
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Patience).Token;

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached");
            await Task.Delay(10);
        }
    }
}
