using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Tests.Support;
using Groupus.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;
using static Groupus.Sip.Tests.Transactions.TransactionTestMessages;

namespace Groupus.Sip.Tests.Transactions;

public sealed class ServerTransactionTests
{
    private static readonly IPEndPoint Peer = new(IPAddress.Loopback, 5070);
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingTransport _transport;
    private readonly SipTransactionLayer _layer;
    private readonly List<(ServerTransaction? Transaction, SipRequest Request)> _received = [];

    public ServerTransactionTests()
    {
        _transport = new RecordingTransport(_time);
        _layer = new SipTransactionLayer(_transport, _time, SipTimerSettings.Default);
        _layer.RequestReceived += (t, r, _) => _received.Add((t, r));
    }

    private void Advance(double seconds)
    {
        for (int i = 0; i < seconds * 10; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private IReadOnlyList<int> StatusesSent() => [.. _transport.Sent.Select(s => s.Message).OfType<SipResponse>().Select(r => r.StatusCode)];

    [Fact]
    public void An_invite_is_answered_100_at_once_and_a_retransmission_gets_the_last_response_without_reaching_the_tu()
    {
        _layer.Receive(Request("INVITE"), Peer);
        var transaction = Assert.Single(_received).Transaction!;
        Assert.Equal([100], StatusesSent());
        _layer.Receive(Request("INVITE"), Peer);
        transaction.Respond(Request("INVITE").CreateResponse(180, toTag: "b1"));
        _layer.Receive(Request("INVITE"), Peer);
        Assert.Equal([100, 100, 180, 180], StatusesSent());
        Assert.Single(_received);
    }

    [Fact]
    public void A_failure_response_is_retransmitted_on_timer_g_until_the_ack_which_is_absorbed()
    {
        _layer.Receive(Request("INVITE"), Peer);
        var transaction = _received[0].Transaction!;
        transaction.Respond(Request("INVITE").CreateResponse(486, toTag: "b1"));
        Advance(8);
        Assert.Equal(Seconds(0, 0.5, 1.5, 3.5, 7.5), _transport.TimesOf(m => m is SipResponse { StatusCode: 486 }));

        _layer.Receive(Request("ACK"), Peer);
        Assert.Equal(TransactionState.Confirmed, transaction.State);
        Advance(10);
        Assert.Equal(5, _transport.TimesOf(m => m is SipResponse { StatusCode: 486 }).Count);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Single(_received);
    }

    [Fact]
    public void Without_an_ack_timer_h_ends_the_transaction_and_tells_the_tu()
    {
        _layer.Receive(Request("INVITE"), Peer);
        var transaction = (ServerInviteTransaction)_received[0].Transaction!;
        bool ackTimedOut = false;
        transaction.AckTimedOut += () => ackTimedOut = true;
        transaction.Respond(Request("INVITE").CreateResponse(603, toTag: "b1"));
        Advance(32.1);
        Assert.True(ackTimedOut);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Equal(0, _layer.ServerCount);
    }

    [Fact]
    public void After_a_2xx_a_retransmitted_invite_is_absorbed_until_timer_l_and_the_ack_goes_to_the_tu()
    {
        _layer.Receive(Request("INVITE"), Peer);
        var transaction = _received[0].Transaction!;
        transaction.Respond(Request("INVITE").CreateResponse(200, toTag: "b1"));
        Assert.Equal(TransactionState.Accepted, transaction.State);
        _layer.Receive(Request("INVITE"), Peer);
        Assert.Equal([100, 200], StatusesSent());
        Assert.Single(_received);

        _layer.Receive(Request("ACK", branch: "z9hG4bKack2", toTag: "b1"), Peer);
        Assert.Null(_received[1].Transaction);
        Assert.Equal("ACK", _received[1].Request.Method);

        Advance(32.1);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Equal(0, _layer.ServerCount);
    }

    [Fact]
    public void A_non_invite_retransmission_is_absorbed_before_the_response_and_answered_after_it_until_timer_j()
    {
        _layer.Receive(Request("OPTIONS"), Peer);
        var transaction = _received[0].Transaction!;
        _layer.Receive(Request("OPTIONS"), Peer);
        Assert.Empty(_transport.Sent);
        transaction.Respond(Request("OPTIONS").CreateResponse(200));
        _layer.Receive(Request("OPTIONS"), Peer);
        Assert.Equal([200, 200], StatusesSent());
        Advance(32.1);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Single(_received);
    }

    [Fact]
    public void A_cancel_finds_its_invite_transaction_by_branch_and_is_a_transaction_of_its_own()
    {
        _layer.Receive(Request("INVITE"), Peer);
        _layer.Receive(Request("CANCEL"), Peer);
        Assert.Equal(2, _received.Count);
        Assert.Same(_received[0].Transaction, _layer.FindInviteFor(_received[1].Request));
        Assert.Null(_layer.FindInviteFor(Request("CANCEL", branch: "z9hG4bKelse")));
    }

    [Fact]
    public void Responses_go_to_the_source_port_when_rport_was_asked_for()
    {
        var request = SipMessages.Parse(Request("OPTIONS").ToBytes() is var bytes ? System.Text.Encoding.UTF8.GetString(bytes).Replace(";branch=", ";rport;branch=", StringComparison.Ordinal) : string.Empty);
        var source = new IPEndPoint(IPAddress.Parse("127.0.0.1"), 40000);
        _layer.Receive(Groupus.Sip.Transport.ResponseRouting.StampSource(request, source), source);
        _received[0].Transaction!.Respond(request.CreateResponse(200));
        Assert.Equal(source, _transport.Sent[0].To);
    }

    [Fact]
    public void A_retransmission_from_an_rfc_2543_peer_without_the_magic_cookie_is_matched_on_the_old_fields()
    {
        _layer.Receive(Request("OPTIONS", branch: "oldstyle1"), Peer);
        _received[0].Transaction!.Respond(Request("OPTIONS", branch: "oldstyle1").CreateResponse(200));
        _layer.Receive(Request("OPTIONS", branch: "oldstyle1"), Peer);
        _layer.Receive(Request("OPTIONS", branch: "oldstyle1", cseq: 2), Peer);
        Assert.Equal(2, _received.Count);
        Assert.Equal([200, 200], StatusesSent());
    }

    private static TimeSpan[] Seconds(params double[] values) => [.. values.Select(TimeSpan.FromSeconds)];
}
