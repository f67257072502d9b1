using Groupus.Fax.Sip.Lines;
using Groupus.Fax.Sip.Tests.Support;
using Groupus.Fax.T30.Calls;

namespace Groupus.Fax.Sip.Tests.Peers;

/// <summary>A real SIP phone (baresip) as an ATA: it registers with a digest, calls the gateway and is called by it. Audio only: no T.38.</summary>
public sealed class BaresipTests : IAsyncLifetime
{
    private readonly TestRouter _router = new(new EchoFaxCall());
    private SipFaxUserAgent _gateway = null!;

    public Task InitializeAsync()
    {
        var options = new SipFaxOptions
        {
            Port = 0,
            // baresip 1.0's libre fails the whole challenge (ENOSYS) when any WWW-Authenticate names SHA-256: MD5 only.
            ChallengeAlgorithms = [Groupus.Sip.Authentication.DigestAlgorithm.Md5],
            Accounts = [new AtaAccount { User = "ata1", Password = "s3cret", Line = "ata-1" }],
            T38 = new T38SwitchPolicy { RequestT38AfterAnswer = true, T38ReinviteTimeout = TimeSpan.FromSeconds(2) },
        };
        _gateway = SipFaxUserAgent.Start(options, new ConfiguredAtaCredentials(options.Accounts), _router);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Baresip_registers_and_its_call_is_answered_on_audio_and_ended_with_bye_when_no_t38_comes()
    {
        using var phone = Baresip.Start(_gateway.LocalEndPoint, "ata1", "s3cret", Baresip.FreePort());
        await Eventually.True(() => _gateway.Registrar.Lookup("ata1").Count == 1, () => "baresip registered\n" + phone.Output);
        phone.Dispose();

        using var caller = Baresip.Start(_gateway.LocalEndPoint, "ata1", "s3cret", Baresip.FreePort(), $"/dial sip:{TestRouter.KnownNumber}@{_gateway.LocalEndPoint}");
        await Eventually.True(() => _router.Routed == 1, () => "baresip's call reached the routing\n" + caller.Output);
        Assert.Equal(("ata-1", SipFaxLineKind.Ata, TestRouter.KnownNumber), (_router.Last!.Line.Name, _router.Last.Line.Kind, _router.Last.CalledNumber));
        await Eventually.True(() => caller.Output.Contains("Call established", StringComparison.OrdinalIgnoreCase), () => "baresip's call was answered\n" + caller.Output);
        await Eventually.True(() => _gateway.Calls.Count == 0, () => "the gateway hung up: no T.38\n" + caller.Output);
        await Eventually.True(() => caller.Output.Contains("terminated", StringComparison.OrdinalIgnoreCase), () => "baresip saw the BYE\n" + caller.Output);
    }

    [Fact]
    public async Task Baresip_answers_our_call_refuses_t38_and_the_gateway_hangs_up()
    {
        using var phone = Baresip.Start(_gateway.LocalEndPoint, "ata1", "s3cret", Baresip.FreePort());
        await Eventually.True(() => _gateway.Registrar.Lookup("ata1").Count == 1, () => "baresip registered\n" + phone.Output);
        var fax = new EchoFaxCall();
        var result = await _gateway.CallAsync("ata-1", "5552000", fax, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.True(result.Outcome == FaxCallOutcome.NoCarrier, result.Detail + "\n" + string.Join("\n", phone.Output.Split('\n').Where(l => l.Contains("INVITE", StringComparison.Ordinal) || l.Contains("SIP/2.0 ", StringComparison.Ordinal) || l.Contains("UDP ", StringComparison.Ordinal) || l.Contains("[31m", StringComparison.Ordinal))));
        Assert.Contains("T.38", result.Detail, StringComparison.Ordinal);
        Assert.False(fax.Started.IsCompleted);
        await Eventually.True(() => phone.Output.Contains("Call established", StringComparison.OrdinalIgnoreCase), () => "baresip answered\n" + phone.Output);
    }
}
