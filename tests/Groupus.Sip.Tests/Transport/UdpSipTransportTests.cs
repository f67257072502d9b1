using System.Net;
using System.Net.Sockets;
using System.Text;
using Groupus.Sip.Messages;
using Groupus.Sip.Transport;

namespace Groupus.Sip.Tests.Transport;

/// <summary>The UDP edge on a real loopback socket, with a raw UDP socket as the peer.</summary>
public sealed class UdpSipTransportTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private SipStack _stack = null!;
    private UdpClient _peer = null!;

    public Task InitializeAsync()
    {
        _stack = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0));
        _peer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _peer.Dispose();
        await _stack.DisposeAsync();
    }

    private int PeerPort => ((IPEndPoint)_peer.Client.LocalEndPoint!).Port;

    private static string Options(string via, string cseq = "1 OPTIONS") =>
        $"OPTIONS sip:gw@127.0.0.1 SIP/2.0\r\nVia: {via}\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:gw@h>\r\nCall-ID: opt-{Guid.NewGuid():N}\r\nCSeq: {cseq}\r\nMax-Forwards: 70\r\n\r\n";

    private async Task<SipResponse> SendAndReceive(string text)
    {
        await _peer.SendAsync(Encoding.UTF8.GetBytes(text), _stack.LocalEndPoint);
        var received = await _peer.ReceiveAsync().WaitAsync(Wait);
        var result = SipParser.Parse(received.Buffer);
        Assert.True(result.IsSuccess, result.Error?.Reason);
        return Assert.IsType<SipResponse>(result.Message);
    }

    [Fact]
    public async Task With_rport_the_response_goes_to_the_source_port_with_received_and_rport_filled_in()
    {
        // The Via names another address and port (a NAT's inside view): rport sends the answer back where it came from.
        var response = await SendAndReceive(Options("SIP/2.0/UDP 192.168.1.20:5060;branch=z9hG4bKnat1;rport"));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("127.0.0.1", response.TopVia!.Received);
        Assert.Equal(PeerPort, response.TopVia.RPort);
    }

    [Fact]
    public async Task Without_rport_a_matching_sent_by_gets_no_received_and_the_response_goes_to_its_port()
    {
        var response = await SendAndReceive(Options($"SIP/2.0/UDP 127.0.0.1:{PeerPort};branch=z9hG4bKplain1"));
        Assert.Equal(200, response.StatusCode);
        Assert.Null(response.TopVia!.Received);
    }

    [Fact]
    public async Task A_crlf_ping_gets_a_pong()
    {
        await _peer.SendAsync("\r\n\r\n"u8.ToArray(), _stack.LocalEndPoint);
        var pong = await _peer.ReceiveAsync().WaitAsync(Wait);
        Assert.Equal("\r\n"u8.ToArray(), pong.Buffer);
    }

    [Fact]
    public async Task An_answerable_malformed_request_gets_400_with_a_reason_and_garbage_does_not_stop_the_loop()
    {
        await _peer.SendAsync(new byte[] { 0xde, 0xad, 0xbe, 0xef }, _stack.LocalEndPoint);
        await _peer.SendAsync(Encoding.UTF8.GetBytes("NOT SIP AT ALL\r\n\r\n"), _stack.LocalEndPoint);
        var bad = await SendAndReceive(Options($"SIP/2.0/UDP 127.0.0.1:{PeerPort};branch=z9hG4bKbad1;rport", cseq: "1 INVITE"));
        Assert.Equal(400, bad.StatusCode);
        Assert.Equal("CSeq method does not match", bad.ReasonPhrase);

        var good = await SendAndReceive(Options($"SIP/2.0/UDP 127.0.0.1:{PeerPort};branch=z9hG4bKgood1;rport"));
        Assert.Equal(200, good.StatusCode);
        Assert.Equal(2, _stack.Transport.DroppedDatagrams);
    }

    [Fact]
    public async Task Keepalives_by_crlf_and_by_options_see_a_live_peer_and_options_sees_a_dead_one()
    {
        await using var other = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0));
        var target = SipUri.Create("gw", "127.0.0.1", other.LocalEndPoint.Port);
        using var crlf = new SipKeepalive(_stack, other.LocalEndPoint, target, KeepaliveMode.Crlf, TimeSpan.FromMilliseconds(200), TimeProvider.System);
        using var options = new SipKeepalive(_stack, other.LocalEndPoint, target, KeepaliveMode.Options, TimeSpan.FromMilliseconds(200), TimeProvider.System);
        await Until(() => crlf.PeerAlive == true && options.PeerAlive == true);
        Assert.True(_stack.Transport.PongsReceived > 0);

        // Nothing listens on the dead port; with T1 = 10 ms an OPTIONS times out (408) after 640 ms.
        await using var quick = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0), timers: new Groupus.Sip.Transactions.SipTimerSettings { T1 = TimeSpan.FromMilliseconds(10), T2 = TimeSpan.FromMilliseconds(40) });
        using var dead = new SipKeepalive(quick, new IPEndPoint(IPAddress.Loopback, PeerPort), target, KeepaliveMode.Options, TimeSpan.FromMilliseconds(200), TimeProvider.System);
        _peer.Dispose();
        await Until(() => dead.PeerAlive == false);
    }

    private static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
