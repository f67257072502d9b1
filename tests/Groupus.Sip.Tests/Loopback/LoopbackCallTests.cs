using System.Net;
using System.Text;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Tests.Loopback;

/// <summary>A UAC and a UAS built on the library, each on a real UDP socket on loopback.</summary>
public sealed class LoopbackCallTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly byte[] Offer = Encoding.ASCII.GetBytes("v=0\r\no=caller 1 1 IN IP4 127.0.0.1\r\n");
    private static readonly byte[] Answer = Encoding.ASCII.GetBytes("v=0\r\no=callee 1 1 IN IP4 127.0.0.1\r\n");
    private SipStack _caller = null!;
    private SipStack _callee = null!;

    public Task InitializeAsync()
    {
        _caller = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0), options: new SipUserAgentOptions { User = "caller" });
        _callee = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0), options: new SipUserAgentOptions { User = "callee" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _caller.DisposeAsync();
        await _callee.DisposeAsync();
    }

    private SipUri CalleeUri => SipUri.Create("fax", "127.0.0.1", _callee.LocalEndPoint.Port);

    private async Task<(SipDialog Caller, SipDialog Callee)> ConnectAsync()
    {
        var confirmed = new TaskCompletionSource<SipDialog>(TaskCreationOptions.RunContinuationsAsynchronously);
        _callee.UserAgent.IncomingInvite = _ => SipAnswer.Ok("application/sdp", Answer);
        _callee.UserAgent.DialogConfirmed += d => confirmed.TrySetResult(d);
        var call = _caller.UserAgent.Invite(CalleeUri, _callee.LocalEndPoint, "application/sdp", Offer);
        var final = await call.Final.WaitAsync(Wait);
        Assert.Equal(200, final.StatusCode);
        Assert.Equal(Answer, final.Body.ToArray());
        var calleeDialog = await confirmed.Task.WaitAsync(Wait);
        return (call.Dialog!, calleeDialog);
    }

    [Fact]
    public async Task Invite_200_ack_and_bye_complete_and_leave_no_dialog()
    {
        var (caller, callee) = await ConnectAsync();
        Assert.Equal(caller.Id.CallId, callee.Id.CallId);
        Assert.Equal(caller.Id.LocalTag, callee.Id.RemoteTag);
        Assert.Equal(caller.Id.RemoteTag, callee.Id.LocalTag);

        var terminated = new TaskCompletionSource<SipDialog>(TaskCreationOptions.RunContinuationsAsynchronously);
        _callee.UserAgent.DialogTerminated += d => terminated.TrySetResult(d);
        var bye = await _caller.UserAgent.ByeAsync(caller).WaitAsync(Wait);
        Assert.Equal(200, bye.StatusCode);
        await terminated.Task.WaitAsync(Wait);
        Assert.Empty(_caller.UserAgent.Dialogs);
        Assert.Empty(_callee.UserAgent.Dialogs);
    }

    [Fact]
    public async Task A_cancelled_invite_ends_with_487_and_cannot_be_answered_after()
    {
        var ringing = new TaskCompletionSource<SipRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        _callee.UserAgent.IncomingInvite = invite =>
        {
            ringing.TrySetResult(invite);
            return SipAnswer.Ringing;
        };
        var call = _caller.UserAgent.Invite(CalleeUri, _callee.LocalEndPoint, "application/sdp", Offer);
        var invite = await ringing.Task.WaitAsync(Wait);
        call.Cancel();
        var final = await call.Final.WaitAsync(Wait);
        Assert.Equal(487, final.StatusCode);
        Assert.False(_callee.UserAgent.Answer(invite, SipAnswer.Ok("application/sdp", Answer)));
        Assert.Null(call.Dialog);
    }

    [Fact]
    public async Task Simultaneous_re_invites_are_both_refused_491_and_both_succeed_on_retry()
    {
        var (caller, callee) = await ConnectAsync();
        _caller.UserAgent.IncomingOffer = (_, _) => SipAnswer.Ok("application/sdp", Offer);
        _callee.UserAgent.IncomingOffer = (_, _) => SipAnswer.Ok("application/sdp", Answer);

        Task<SipResponse> fromCaller;
        Task<SipResponse> fromCallee;

        // Holding the callee's stack lock keeps the caller's re-INVITE queued there until the callee's own is on the wire.
        lock (_callee.Transactions.Gate)
        {
            fromCaller = _caller.UserAgent.ReInviteAsync(caller, "application/sdp", Offer);
            fromCallee = _callee.UserAgent.ReInviteAsync(callee, "application/sdp", Answer);
        }

        var responses = await Task.WhenAll(fromCaller, fromCallee).WaitAsync(Wait);
        Assert.All(responses, r => Assert.Equal(200, r.StatusCode));

        // Each side's first re-INVITE met the other's and was refused 491, so each was sent again (the caller's CSeq 1 was
        // the initial INVITE). The callee's retry window (0–2 s) ends before the caller's (2.1–4 s, it owns the Call-ID).
        Assert.True(caller.LocalSeq >= 1 + 2, $"caller sent {caller.LocalSeq - 1} re-INVITEs");
        Assert.True(callee.LocalSeq >= 2, $"callee sent {callee.LocalSeq} re-INVITEs");
        Assert.Equal(caller.LocalSeq, callee.RemoteSeq);
        Assert.Equal(callee.LocalSeq, caller.RemoteSeq);
    }
}
