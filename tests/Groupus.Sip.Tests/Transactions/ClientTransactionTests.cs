using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Tests.Support;
using Groupus.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;
using static Groupus.Sip.Tests.Transactions.TransactionTestMessages;

namespace Groupus.Sip.Tests.Transactions;

public sealed class ClientTransactionTests
{
    private static readonly IPEndPoint Peer = new(IPAddress.Loopback, 5070);
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingTransport _transport;
    private readonly SipTransactionLayer _layer;
    private readonly List<SipResponse> _passedUp = [];
    private int _timeouts;

    public ClientTransactionTests()
    {
        _transport = new RecordingTransport(_time);
        _layer = new SipTransactionLayer(_transport, _time, SipTimerSettings.Default);
    }

    private ClientTransaction Send(SipRequest request) => _layer.SendRequest(request, Peer, _passedUp.Add, () => _timeouts++);

    private void Advance(double seconds)
    {
        for (int i = 0; i < seconds * 10; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private static TimeSpan[] Seconds(params double[] values) => [.. values.Select(TimeSpan.FromSeconds)];

    [Fact]
    public void An_invite_is_retransmitted_on_timer_a_doubling_and_times_out_on_timer_b()
    {
        var transaction = Send(Request("INVITE"));
        Advance(31.9);
        Assert.Equal(0, _timeouts);
        Advance(0.2);
        Assert.Equal(Seconds(0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5), _transport.TimesOf(m => m is SipRequest { Method: "INVITE" }));
        Assert.Equal(1, _timeouts);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Equal(0, _layer.ClientCount);
    }

    [Fact]
    public void Timers_follow_a_configured_t1()
    {
        var layer = new SipTransactionLayer(_transport, _time, new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(100) });
        int timeouts = 0;
        layer.SendRequest(Request("INVITE"), Peer, _ => { }, () => timeouts++);
        Advance(6.3);
        Assert.Equal(0, timeouts);
        Advance(0.2);
        Assert.Equal(1, timeouts);
    }

    [Fact]
    public void A_provisional_response_stops_invite_retransmission()
    {
        Send(Request("INVITE"));
        _layer.Receive(Request("INVITE").CreateResponse(180, toTag: "b1"), Peer);
        Advance(10);
        Assert.Single(_transport.TimesOf(m => m is SipRequest { Method: "INVITE" }));
        Assert.Equal(180, Assert.Single(_passedUp).StatusCode);
    }

    [Fact]
    public void A_failure_response_is_acked_in_the_transaction_and_its_retransmissions_are_acked_again_not_passed_up()
    {
        var transaction = Send(Request("INVITE"));
        var busy = Request("INVITE").CreateResponse(486, toTag: "b1");
        _layer.Receive(busy, Peer);
        _layer.Receive(busy, Peer);

        var acks = _transport.Sent.Select(s => s.Message).OfType<SipRequest>().Where(r => r.Method == "ACK").ToList();
        Assert.Equal(2, acks.Count);
        var ack = acks[0];
        Assert.Equal("z9hG4bKtest1", ack.TopVia!.Branch);
        Assert.Equal("b1", ack.To!.Tag);
        Assert.Equal(new CSeq(1, "ACK"), ack.CSeq);
        Assert.Equal("<sip:proxy.example;lr>", ack.Headers.Get("Route"));
        Assert.Equal(486, Assert.Single(_passedUp).StatusCode);
        Assert.Equal(TransactionState.Completed, transaction.State);

        Advance(32.1);
        Assert.Equal(TransactionState.Terminated, transaction.State);
    }

    [Fact]
    public void A_2xx_ends_the_invite_transaction_and_goes_to_the_tu_which_acks_it()
    {
        var transaction = Send(Request("INVITE"));
        _layer.Receive(Request("INVITE").CreateResponse(200, toTag: "b1"), Peer);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Equal(200, Assert.Single(_passedUp).StatusCode);
        Assert.DoesNotContain(_transport.Sent, s => s.Message is SipRequest { Method: "ACK" });
    }

    [Fact]
    public void A_non_invite_request_is_retransmitted_on_timer_e_capped_at_t2_and_times_out_on_timer_f()
    {
        Send(Request("OPTIONS"));
        Advance(32.1);
        Assert.Equal(Seconds(0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5), _transport.TimesOf(m => m is SipRequest));
        Assert.Equal(1, _timeouts);
    }

    [Fact]
    public void After_a_provisional_a_non_invite_request_is_retransmitted_every_t2()
    {
        Send(Request("BYE"));
        _layer.Receive(Request("BYE").CreateResponse(100), Peer);
        Advance(13);
        Assert.Equal(Seconds(0, 0.5, 4.5, 8.5, 12.5), _transport.TimesOf(m => m is SipRequest));
    }

    [Fact]
    public void A_final_non_invite_response_is_passed_up_once_and_the_transaction_ends_after_timer_k()
    {
        var transaction = Send(Request("BYE"));
        _layer.Receive(Request("BYE").CreateResponse(200), Peer);
        _layer.Receive(Request("BYE").CreateResponse(200), Peer);
        Assert.Single(_passedUp);
        Assert.Equal(TransactionState.Completed, transaction.State);
        Advance(5.1);
        Assert.Equal(TransactionState.Terminated, transaction.State);
        Assert.Single(_transport.Sent);
    }

    [Fact]
    public void A_response_for_another_branch_or_method_is_not_the_transactions()
    {
        var stray = new List<SipResponse>();
        _layer.StrayResponseReceived += (r, _) => stray.Add(r);
        Send(Request("INVITE"));
        _layer.Receive(Request("INVITE", branch: "z9hG4bKother").CreateResponse(200), Peer);
        _layer.Receive(Request("CANCEL").CreateResponse(200), Peer);
        Assert.Empty(_passedUp);
        Assert.Equal(2, stray.Count);
    }
}
