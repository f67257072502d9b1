using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Groupus.Fax.Sip.Lines;
using Groupus.Fax.Sip.Tests.Support;
using Groupus.Sip.Authentication;
using Groupus.Sip.Tests.Sipp;
using SippRunner = Groupus.Sip.Tests.Support.Sipp;

namespace Groupus.Fax.Sip.Tests.Sipp;

/// <summary>
/// Real SIPp (Debian sip-tester) as an ATA or trunk against the gateway's SIP fax user agent on loopback. SIPp echoes the
/// UDPTL the test fax session sends (<c>-rtp_echo</c>), so the T.38 stream is real datagrams both ways.
/// </summary>
public sealed partial class SipFaxUserAgentSippTests : IAsyncLifetime
{
    private readonly EchoFaxCall _fax;
    private readonly TestRouter _router;
    private SipFaxUserAgent? _gateway;

    public SipFaxUserAgentSippTests()
    {
        _fax = new EchoFaxCall();
        _router = new TestRouter(_fax);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }

    private SipFaxUserAgent Gateway(bool requestT38AfterAnswer = false, TimeSpan? t38Wait = null, TimeSpan? mediaTimeout = null, EchoFaxCall? fax = null, int trunkPort = 5060)
    {
        var router = fax is null ? _router : new TestRouter(fax);
        var options = new SipFaxOptions
        {
            BindAddress = "127.0.0.1",
            Port = 0,
            Accounts = [new AtaAccount { User = "ata1", Password = "s3cret", Line = "ata-1" }],
            Trunks = [new SipTrunk { Line = "sipp", Host = "127.0.0.1", Port = trunkPort }],
            T38 = new T38SwitchPolicy { RequestT38AfterAnswer = requestT38AfterAnswer, T38ReinviteTimeout = t38Wait ?? TimeSpan.FromSeconds(60) },
            MediaTimeout = mediaTimeout ?? TimeSpan.FromSeconds(60),
        };
        _gateway = SipFaxUserAgent.Start(options, new ConfiguredAtaCredentials(options.Accounts), router);
        return _gateway;
    }

    private static async Task<string> Play(SipFaxUserAgent gateway, string scenario, params string[] extra)
    {
        var (exitCode, output) = await SippRunner.RunAsync(scenario, gateway.LocalEndPoint, extra);
        Assert.True(exitCode == 0, output);
        return output;
    }

    /// <summary>SIPp's echo port for the T.38 stream its SDP names.</summary>
    private static string[] Echo()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ["-rtp_echo", "-mp", ((IPEndPoint)socket.LocalEndPoint!).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    [Fact]
    public async Task An_ata_registers_with_an_md5_digest()
    {
        var gateway = Gateway();
        await Play(gateway, SippScenarios.Register("ata1", "s3cret"));
        Assert.StartsWith("sip:ata1@127.0.0.1:", Assert.Single(gateway.Registrar.Lookup("ata1")).Contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_are_refused_403_and_then_the_source_is_locked_out_even_with_the_right_one()
    {
        var gateway = Gateway();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            var (wrong, output) = await SippRunner.RunAsync(SippScenarios.Register("ata1", "wrong"), gateway.LocalEndPoint);
            Assert.NotEqual(0, wrong);
            Assert.Contains("SIP/2.0 403", output, StringComparison.Ordinal);
        }

        var (right, _) = await SippRunner.RunAsync(SippScenarios.Register("ata1", "s3cret"), gateway.LocalEndPoint);
        Assert.NotEqual(0, right);
        Assert.Empty(gateway.Registrar.Lookup("ata1"));
    }

    [Fact]
    public async Task The_peers_t38_reinvite_is_answered_with_an_image_stream_the_fax_runs_and_the_gateway_hangs_up()
    {
        var fax = new EchoFaxCall(echoesWanted: 5);
        var gateway = Gateway(fax: fax);
        await Play(gateway, FaxSippScenarios.PeerSwitchesToT38, Echo());
        Assert.True(fax.Echoes >= 5);
        var call = await fax.Started;
        Assert.Equal((TestRouter.KnownNumber, "sipp", SipFaxLineKind.Trunk), (call.CalledNumber, call.Line.Name, call.Line.Kind));
        Assert.Equal(400, call.PeerMaxDatagram);
        await Eventually.True(() => gateway.Calls.Count == 0, "the call is forgotten");
    }

    [Fact]
    public async Task Our_t38_reinvite_refused_488_leaves_the_dialog_working_and_an_audio_reinvite_is_answered()
    {
        var gateway = Gateway(requestT38AfterAnswer: true);
        await Play(gateway, FaxSippScenarios.OurT38RefusedThenAudioReinvite);
        Assert.False(_fax.Started.IsCompleted);
        await Eventually.True(() => gateway.Calls.Count == 0, "the call ended by the peer's BYE is forgotten");
    }

    [Fact]
    public async Task Simultaneous_reinvites_get_491_and_our_retry_switches_to_t38()
    {
        var fax = new EchoFaxCall(echoesWanted: 5);
        var gateway = Gateway(requestT38AfterAnswer: true, fax: fax);
        await Play(gateway, FaxSippScenarios.SimultaneousReinvites, Echo());
        Assert.True(fax.Echoes >= 5);
    }

    [Fact]
    public async Task An_initial_invite_with_audio_and_image_takes_t38_and_a_refresh_and_an_update_are_answered_unchanged_during_the_fax()
    {
        var gateway = Gateway();
        var output = await Play(gateway, FaxSippScenarios.RefreshesDuringTheFax, [.. Echo(), "-trace_logs"]);
        var answers = AnswerLog().Matches(output).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(["1", "2", "3"], answers.Select(a => a.Item1));
        Assert.All(answers, answer => Assert.Equal(answers[0].Item2, answer.Item2));
        Assert.True(_fax.Cancelled, "the fax ran until the peer's BYE");
        Assert.True(_fax.Echoes > 0);
        Assert.Single(await Task.WhenAll(_fax.Started), started => started.Media is not null);
    }

    [Fact]
    public async Task A_silent_peer_is_hung_up_on_after_the_media_timeout()
    {
        var gateway = Gateway(mediaTimeout: TimeSpan.FromSeconds(2));
        await Play(gateway, FaxSippScenarios.SilentPeer);
        Assert.True(_fax.Cancelled);
        Assert.Equal(0, _fax.Echoes);
    }

    [Fact]
    public async Task A_call_that_never_switches_to_t38_is_hung_up_on_after_the_wait()
    {
        var gateway = Gateway(requestT38AfterAnswer: false, t38Wait: TimeSpan.FromSeconds(2));
        await Play(gateway, FaxSippScenarios.NoT38Comes);
        Assert.False(_fax.Started.IsCompleted);
    }

    [Fact]
    public async Task A_retransmitted_invite_makes_one_call()
    {
        var gateway = Gateway();
        await Play(gateway, FaxSippScenarios.RetransmittedInvite, Echo());
        Assert.Equal(1, _router.Routed);
    }

    [Fact]
    public async Task A_call_cancelled_while_routing_gets_487_and_the_routing_is_told()
    {
        var gateway = Gateway();
        await Play(gateway, FaxSippScenarios.CancelledWhileRouting);
        await _router.HeldCallCancelled.WaitAsync(TimeSpan.FromSeconds(60));
        await Eventually.True(() => gateway.Calls.Count == 0, "the cancelled call is forgotten");
    }

    [Fact]
    public async Task An_unknown_number_is_answered_404() => await Play(Gateway(), FaxSippScenarios.UnknownNumber);

    [Fact]
    public async Task Requests_in_unknown_dialogs_are_answered_481() => await Play(Gateway(), FaxSippScenarios.RequestsInAnUnknownDialog);

    [Fact]
    public async Task An_outbound_call_through_a_trunk_is_switched_to_t38_by_us_and_hung_up_after_the_fax()
    {
        int sippPort = SippRunner.FreeUdpPort();
        var fax = new EchoFaxCall(echoesWanted: 5);
        var gateway = Gateway(requestT38AfterAnswer: true, trunkPort: sippPort);
        var sipp = SippRunner.RunAsync(FaxSippScenarios.AnswersOurCall, gateway.LocalEndPoint, sippPort, Echo());
        var result = await gateway.CallAsync("sipp", "5552000", fax, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(90));
        var (exitCode, output) = await sipp;
        Assert.True(exitCode == 0, output);
        Assert.True(fax.Echoes >= 5, result.Detail);
        var call = await fax.Started;
        Assert.Equal(("5552000", Calls.FaxCallDirection.Outbound), (call.CalledNumber, call.Direction));
    }

    [Fact]
    public async Task An_outbound_call_on_an_ata_line_goes_to_its_registered_contact()
    {
        int ataPort = SippRunner.FreeUdpPort();
        var fax = new EchoFaxCall(echoesWanted: 5);
        var gateway = Gateway(requestT38AfterAnswer: true, fax: fax);
        var (registered, registration) = await SippRunner.RunAsync(SippScenarios.Register("ata1", "s3cret"), gateway.LocalEndPoint, ataPort);
        Assert.True(registered == 0, registration);
        var sipp = SippRunner.RunAsync(FaxSippScenarios.AnswersOurCall, gateway.LocalEndPoint, ataPort, Echo());
        var result = await gateway.CallAsync("ata-1", "5552000", fax, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(90));
        var (exitCode, output) = await sipp;
        Assert.True(exitCode == 0, output);
        Assert.True(fax.Echoes >= 5, result.Detail);
        Assert.Equal(Lines.SipFaxLineKind.Ata, (await fax.Started).Line.Kind);
    }

    [Fact]
    public async Task An_outbound_call_on_an_unregistered_ata_line_never_leaves_the_gateway()
    {
        var result = await Gateway().CallAsync("ata-1", "5552000", _fax, CancellationToken.None);
        Assert.Equal(Groupus.Fax.T30.Calls.FaxCallOutcome.NoDialTone, result.Outcome);
    }

    [GeneratedRegex(@"ANSWER([123])\{(.*?)\}END", RegexOptions.Singleline)]
    private static partial Regex AnswerLog();
}
