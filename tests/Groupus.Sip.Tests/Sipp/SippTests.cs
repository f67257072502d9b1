using System.Net;
using System.Text;
using Groupus.Sip.Authentication;
using Groupus.Sip.Dialogs;
using Groupus.Sip.Registrar;
using Groupus.Sip.Tests.Support;

namespace Groupus.Sip.Tests.Sipp;

/// <summary>Real SIPp against a small UAS and registrar built from the library on a loopback UDP socket.</summary>
public sealed class SippTests : IAsyncLifetime
{
    private static readonly byte[] Answer = Encoding.ASCII.GetBytes("v=0\r\no=gateway 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n");
    private SipStack _host = null!;
    private SipRegistrar _registrar = null!;
    private int _invites;
    private int _dialogsConfirmed;
    private int _dialogsTerminated;

    public Task InitializeAsync()
    {
        _host = SipStack.Start(new IPEndPoint(IPAddress.Loopback, 0), options: new SipUserAgentOptions { User = "fax" });
        _registrar = new SipRegistrar(
            new OneLine(),
            new RegistrarOptions { ChallengeAlgorithms = [DigestAlgorithm.Md5, DigestAlgorithm.Sha256] },
            TimeProvider.System);
        _host.UserAgent.Register = (request, source) => _registrar.Handle(request, source.Address);
        _host.UserAgent.IncomingInvite = invite =>
        {
            Interlocked.Increment(ref _invites);
            return invite.Uri?.User == "ring" ? SipAnswer.Ringing : SipAnswer.Ok("application/sdp", Answer);
        };
        _host.UserAgent.DialogConfirmed += _ => Interlocked.Increment(ref _dialogsConfirmed);
        _host.UserAgent.DialogTerminated += _ => Interlocked.Increment(ref _dialogsTerminated);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed class OneLine : ISipCredentialStore
    {
        public SipCredential? Find(string username) => username == "line1" ? new SipCredential("line1", "s3cret") : null;
    }

    private async Task Play(string scenario)
    {
        var (exitCode, output) = await Groupus.Sip.Tests.Support.Sipp.RunAsync(scenario, _host.LocalEndPoint);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task Options_is_answered_200_with_allow() => await Play(SippScenarios.Options);

    [Fact]
    public async Task Register_with_an_md5_digest_answer_binds_the_contact()
    {
        await Play(SippScenarios.Register("line1", "s3cret"));
        var binding = Assert.Single(_registrar.Lookup("line1"));
        Assert.StartsWith("sip:line1@127.0.0.1:", binding.Contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_with_a_wrong_password_fails_the_scenario_and_binds_nothing()
    {
        var (exitCode, _) = await Groupus.Sip.Tests.Support.Sipp.RunAsync(SippScenarios.Register("line1", "wrong"), _host.LocalEndPoint);
        Assert.NotEqual(0, exitCode);
        Assert.Empty(_registrar.Lookup("line1"));
    }

    [Fact]
    public async Task Invite_ack_and_bye_complete()
    {
        await Play(SippScenarios.InviteAckBye);
        Assert.Equal((1, 1, 1), (_invites, _dialogsConfirmed, _dialogsTerminated));
        Assert.Empty(_host.UserAgent.Dialogs);
    }

    [Fact]
    public async Task A_retransmitted_invite_makes_no_second_call()
    {
        await Play(SippScenarios.RetransmittedInvite);
        Assert.Equal((1, 1, 1), (_invites, _dialogsConfirmed, _dialogsTerminated));
    }

    [Fact]
    public async Task A_cancelled_invite_gets_200_for_the_cancel_and_487_and_leaves_no_dialog()
    {
        await Play(SippScenarios.CancelledInvite);
        Assert.Equal((1, 0), (_invites, _dialogsConfirmed));
        Assert.Empty(_host.UserAgent.Dialogs);
    }

    [Fact]
    public async Task A_bye_in_an_unknown_dialog_is_answered_481() => await Play(SippScenarios.ByeInUnknownDialog);
}
