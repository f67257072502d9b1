using System.Net;
using System.Text;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;
using Groupus.Sip.Tests.Support;
using Groupus.Sip.Transactions;
using Microsoft.Extensions.Time.Testing;

namespace Groupus.Sip.Tests.Dialogs;

/// <summary>The user agent core over a recording transport and the fake clock.</summary>
public sealed class SipUserAgentTests
{
    private static readonly IPEndPoint Peer = new(IPAddress.Parse("127.0.0.1"), 5070);
    private static readonly byte[] Answer = Encoding.ASCII.GetBytes("v=0\r\no=gw 1 1 IN IP4 127.0.0.1\r\n");
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingTransport _transport;
    private readonly SipTransactionLayer _layer;
    private readonly SipUserAgent _agent;
    private readonly List<SipDialog> _confirmed = [];
    private readonly List<SipDialog> _terminated = [];

    public SipUserAgentTests()
    {
        _transport = new RecordingTransport(_time);
        _layer = new SipTransactionLayer(_transport, _time, SipTimerSettings.Default);
        _agent = new SipUserAgent(_layer, new SipUserAgentOptions { User = "fax" })
        {
            IncomingInvite = _ => SipAnswer.Ok("application/sdp", Answer),
        };
        _agent.DialogConfirmed += _confirmed.Add;
        _agent.DialogTerminated += _terminated.Add;
    }

    private static SipRequest Invite(long cseq = 1, string? toTag = null, string branch = "z9hG4bKinv1", string recordRoute = "") =>
        SipMessages.Parse(
            $"INVITE sip:fax@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch={branch}\r\nMax-Forwards: 70\r\n" +
            $"From: <sip:ata@127.0.0.1>;tag=ata1\r\nTo: <sip:fax@127.0.0.1>{(toTag is null ? string.Empty : ";tag=" + toTag)}\r\n" +
            $"Call-ID: call-1\r\nCSeq: {cseq} INVITE\r\nContact: <sip:ata@127.0.0.1:5070>\r\n{recordRoute}Content-Type: application/sdp\r\n\r\nv=0\r\n");

    private static SipRequest InDialog(string method, long cseq, string toTag, string branch) =>
        SipMessages.Parse(
            $"{method} sip:fax@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch={branch}\r\nMax-Forwards: 70\r\n" +
            $"From: <sip:ata@127.0.0.1>;tag=ata1\r\nTo: <sip:fax@127.0.0.1>;tag={toTag}\r\nCall-ID: call-1\r\nCSeq: {cseq} {method}\r\n\r\n");

    private void Advance(double seconds)
    {
        for (int i = 0; i < seconds * 10; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private List<SipResponse> Responses(int status) => [.. _transport.Sent.Select(s => s.Message).OfType<SipResponse>().Where(r => r.StatusCode == status)];

    private string AnswerInvite()
    {
        _layer.Receive(Invite(), Peer);
        return Responses(200).Single().To!.Tag!;
    }

    [Fact]
    public void A_2xx_is_retransmitted_until_its_ack_which_confirms_the_dialog()
    {
        var tag = AnswerInvite();
        Advance(4);
        Assert.Equal(
            [0, 0.5, 1.5, 3.5],
            _transport.Sent.Where(s => s.Message is SipResponse { StatusCode: 200 }).Select(s => s.At.TotalSeconds));
        _layer.Receive(InDialog("ACK", 1, tag, "z9hG4bKack1"), Peer);
        Advance(30);
        Assert.Equal(4, Responses(200).Count);
        Assert.Single(_confirmed);
        Assert.Equal(Answer, Responses(200)[0].Body.ToArray());
    }

    [Fact]
    public void Without_an_ack_within_64_t1_the_dialog_is_ended_with_bye()
    {
        AnswerInvite();
        Advance(31.9);
        Assert.Empty(_terminated);
        Advance(0.2);
        var bye = Assert.Single(_transport.Sent.Select(s => s.Message).OfType<SipRequest>(), r => r.Method == "BYE");
        Assert.Equal("sip:ata@127.0.0.1:5070", bye.RequestUri);
        Assert.Single(_terminated);
        Assert.Empty(_confirmed);
    }

    [Fact]
    public void Requests_in_unknown_dialogs_get_481_and_a_lower_cseq_gets_500()
    {
        var tag = AnswerInvite();
        _layer.Receive(InDialog("ACK", 1, tag, "z9hG4bKack1"), Peer);
        _layer.Receive(InDialog("BYE", 5, "not-ours", "z9hG4bKbye1"), Peer);
        _layer.Receive(InDialog("UPDATE", 6, "not-ours", "z9hG4bKupd1"), Peer);
        Assert.Equal(2, Responses(481).Count);
        _layer.Receive(InDialog("UPDATE", 3, tag, "z9hG4bKupd2"), Peer);
        _layer.Receive(InDialog("UPDATE", 2, tag, "z9hG4bKupd3"), Peer);
        Assert.Equal(500, _transport.Sent.Select(s => s.Message).OfType<SipResponse>().Last().StatusCode);
        Assert.Empty(_terminated);
    }

    [Fact]
    public void A_session_refresh_re_invite_is_answered_with_the_same_session_and_keeps_the_dialog()
    {
        var tag = AnswerInvite();
        _layer.Receive(InDialog("ACK", 1, tag, "z9hG4bKack1"), Peer);
        _layer.Receive(Invite(cseq: 2, toTag: tag, branch: "z9hG4bKinv2"), Peer);
        var refreshed = Responses(200).Last();
        Assert.Equal(new CSeq(2, "INVITE"), refreshed.CSeq);
        Assert.Equal(Answer, refreshed.Body.ToArray());
        Assert.Single(_agent.Dialogs);
    }

    [Fact]
    public void A_re_invite_while_ours_is_pending_is_refused_491()
    {
        var tag = AnswerInvite();
        _layer.Receive(InDialog("ACK", 1, tag, "z9hG4bKack1"), Peer);
        var dialog = Assert.Single(_agent.Dialogs);
        _ = _agent.ReInviteAsync(dialog, "application/sdp", Answer);
        _layer.Receive(Invite(cseq: 2, toTag: tag, branch: "z9hG4bKinv2"), Peer);
        Assert.Single(Responses(491));
    }

    [Fact]
    public void The_callee_keeps_the_record_route_order_and_its_bye_follows_the_route_set()
    {
        _layer.Receive(Invite(recordRoute: "Record-Route: <sip:10.0.0.1:5080;lr>, <sip:10.0.0.2:5090;lr>\r\n"), Peer);
        var dialog = Assert.Single(_agent.Dialogs);
        Assert.Equal(["<sip:10.0.0.1:5080;lr>", "<sip:10.0.0.2:5090;lr>"], dialog.RouteSet);
        _ = _agent.ByeAsync(dialog);
        var (_, message, to) = _transport.Sent.Last();
        var bye = Assert.IsType<SipRequest>(message);
        Assert.Equal("BYE", bye.Method);
        Assert.Equal(["<sip:10.0.0.1:5080;lr>", "<sip:10.0.0.2:5090;lr>"], bye.Headers.GetAll("Route"));
        Assert.Equal("sip:ata@127.0.0.1:5070", bye.RequestUri);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 5080), to);
    }

    [Fact]
    public void The_caller_reverses_the_record_route_acks_the_2xx_and_acks_its_retransmission_again()
    {
        var call = _agent.Invite(SipUri.Create("ata", "127.0.0.1", 5070), Peer, "application/sdp", Answer);
        var ok = call.Invite.CreateResponse(200, toTag: "ata9");
        ok = ok.WithHeaders(ok.Headers.Add("Record-Route", "<sip:10.0.0.1:5080;lr>").Add("Record-Route", "<sip:10.0.0.2:5090;lr>").Add("Contact", "<sip:ata@127.0.0.1:5070>"));
        _layer.Receive(ok, Peer);
        Assert.Equal(["<sip:10.0.0.2:5090;lr>", "<sip:10.0.0.1:5080;lr>"], call.Dialog!.RouteSet);
        _layer.Receive(ok, Peer);
        var acks = _transport.Sent.Where(s => s.Message is SipRequest { Method: "ACK" }).ToList();
        Assert.Equal(2, acks.Count);
        Assert.All(acks, a => Assert.Equal(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 5090), a.To));
        Assert.Equal(new CSeq(1, "ACK"), ((SipRequest)acks[0].Message).CSeq);
        Assert.True(call.Final.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_cancel_for_no_pending_invite_gets_481()
    {
        _layer.Receive(SipMessages.Parse(
            "CANCEL sip:fax@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKnone\r\nFrom: <sip:ata@127.0.0.1>;tag=ata1\r\n" +
            "To: <sip:fax@127.0.0.1>\r\nCall-ID: call-x\r\nCSeq: 1 CANCEL\r\n\r\n"), Peer);
        Assert.Single(Responses(481));
    }

    [Fact]
    public void A_cancel_asked_for_before_any_provisional_waits_for_one_and_then_goes_out_on_the_invites_branch()
    {
        var call = _agent.Invite(SipUri.Create("ata", "127.0.0.1", 5070), Peer, "application/sdp", Answer);
        call.Cancel();
        Assert.DoesNotContain(_transport.Sent, s => s.Message is SipRequest { Method: "CANCEL" });
        _layer.Receive(call.Invite.CreateResponse(180, toTag: "ata9"), Peer);
        var cancel = (SipRequest)Assert.Single(_transport.Sent, s => s.Message is SipRequest { Method: "CANCEL" }).Message;
        Assert.Equal(call.Invite.TopVia!.Branch, cancel.TopVia!.Branch);
        Assert.Equal(new CSeq(1, "CANCEL"), cancel.CSeq);
        Assert.Equal(call.Invite.RequestUri, cancel.RequestUri);
        Assert.Null(cancel.To!.Tag);
    }

    [Fact]
    public void An_invite_left_ringing_is_answered_480_when_the_application_never_answers()
    {
        _agent.IncomingInvite = _ => SipAnswer.Ringing;
        _layer.Receive(Invite(), Peer);
        Assert.Single(Responses(180));
        Advance(119.9);
        Assert.Empty(Responses(480));
        Advance(0.2);
        Assert.Single(Responses(480));
        Assert.Empty(_agent.Dialogs);
    }

    [Fact]
    public void An_update_refresh_with_a_session_is_answered_with_ours_unchanged()
    {
        var tag = AnswerInvite();
        _layer.Receive(InDialog("ACK", 1, tag, "z9hG4bKack1"), Peer);
        var update = InDialog("UPDATE", 2, tag, "z9hG4bKupd1");
        _layer.Receive(update with { Headers = update.Headers.Add("Content-Type", "application/sdp"), Body = "v=0\r\n"u8.ToArray() }, Peer);
        var response = Responses(200).Last();
        Assert.Equal(new CSeq(2, "UPDATE"), response.CSeq);
        Assert.Equal(Answer, response.Body.ToArray());
        Assert.Single(_agent.Dialogs);
    }
}
