using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Support;
using Groupus.FaxGateway.Tests.Support.FaultyLine;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>
/// The gateway's Class 1 driver at both ends of a call through two iaxmodems, with a
/// <see cref="FaultInjectingPtyBridge"/> in front of one modem spoiling training checks, damaging ECM frames or
/// holding back the modem's answers. Recovery by T.30 (fallback, PPR, repeated commands) is seen from both ends and
/// on the wire.
/// </summary>
[Collection(RealPeerCollection.Name)]
public sealed class FaultyLineTests(ITestOutputHelper output)
{
    private static readonly T30Capabilities Ecm = new() { ErrorCorrection = true, T6Coding = true };

    // A third of T4 (1 s), not half: the far end's T4 runs until it hears the answer's flags, and the held answer is
    // followed by about a second of V.21 preamble before the modem reports them, so with half of T4 the two met within
    // a few milliseconds of the deadline (it lost that race once in CI).
    private static readonly TimeSpan WellWithinT4 = new T30TimerSettings().T4 / 3;

    [Fact]
    public async Task A_training_check_spoilt_at_14400_and_at_12000_makes_the_sender_fall_back_to_9600()
    {
        var page = TestDocuments.ShortPage();
        var plan = FaultPlan.Of(
            new NoiseInReceivedData(new FaultTrigger("AT+FRM=145")),
            new NoiseInReceivedData(new FaultTrigger("AT+FRM=121")));

        var call = await CallAsync(page, plan, BridgedModem.Receiver);

        Assert.Equal(2, call.Injected.Count);
        Assert.True(call.Sent.Success, $"sender: {call.Sent} (T.30 {call.Sent.Error?.Code})");
        Assert.True(call.Received.Success, $"receiver: {call.Received} (T.30 {call.Received.Error?.Code})");
        Assert.Equal(["AT+FRM=145", "AT+FRM=121", "AT+FRM=97", "AT+FRM=98"], call.HighSpeedCommands);
        Assert.Equal(9600, call.Sent.Parameters?.Rate.BitRate);
        Assert.Equal(9600, call.Received.Parameters?.Rate.BitRate);
        Assert.Equal(9600, Assert.Single(call.Sent.Pages, p => p.Accepted).BitRate);
        Assert.Equal(9600, Assert.Single(call.Received.Pages, p => p.Accepted).BitRate);
        Assert.True(Assert.Single(call.Received.ReceivedPages).PixelsEqual(page), "the received page differs from the one sent");
    }

    [Fact]
    public async Task Ecm_frames_dropped_or_corrupted_on_the_line_are_asked_for_with_one_ppr_and_only_they_are_sent_again()
    {
        var page = TestDocuments.SparsePage();
        var firstBurst = new FaultTrigger("AT+FRM=146");
        var plan = FaultPlan.Of(
            new DamagedEcmFrames(firstBurst, EcmFrameDamage.Drop, [1]),
            new DamagedEcmFrames(firstBurst, EcmFrameDamage.Corrupt, [4]));

        var call = await CallAsync(page, plan, BridgedModem.Receiver, Ecm);

        Assert.Equal(2, call.Injected.Count);
        Assert.True(call.Sent.Success, $"sender: {call.Sent} (T.30 {call.Sent.Error?.Code})");
        Assert.True(call.Received.Success, $"receiver: {call.Received} (T.30 {call.Received.Error?.Code})");
        Assert.True(call.Sent.Parameters?.ErrorCorrection);
        var bursts = call.Receptions.Where(r => r.Command.Text == "AT+FRM=146").ToList();
        Assert.Equal(2, bursts.Count);
        var frames = bursts[0].FcdFramesFromModem;
        Assert.True(frames.Count > 5, $"the page went in {frames.Count} frames; frames 1 and 4 must be inside it");
        Assert.Equal(frames.Except([1, 4]), bursts[0].FcdFramesToDriver);
        Assert.Equal([1, 4], bursts[1].FcdFramesFromModem);
        foreach (var end in new[] { call.Sent, call.Received })
        {
            var report = Assert.Single(end.Pages);
            Assert.True(report.Accepted, report.ToString());
            Assert.Equal(1, report.PartialPageRequests);
            Assert.Equal(2, report.FramesRequestedAgain);
        }

        Assert.True(Assert.Single(call.Received.ReceivedPages).PixelsEqual(page), "the received page differs from the one sent");
    }

    [Fact]
    public async Task Frames_the_sending_modem_hands_over_late_but_within_T4_still_deliver_the_page()
    {
        var page = TestDocuments.ShortPage();
        var plan = FaultPlan.Of(new DelayedAnswer(new FaultTrigger("AT+FRH=3", AndEveryLaterOne: true), WellWithinT4));

        var call = await CallAsync(page, plan, BridgedModem.Sender);

        // DIS, CFR and MCF each came through +FRH=3 and were held back.
        Assert.True(call.Injected.Count >= 3, string.Join('\n', call.Injected));
        Assert.True(call.Sent.Success, $"sender: {call.Sent} (T.30 {call.Sent.Error?.Code})");
        Assert.True(call.Received.Success, $"receiver: {call.Received} (T.30 {call.Received.Error?.Code})");
        Assert.Equal(0, Assert.Single(call.Sent.Pages).Retries);
        Assert.Single(call.SenderNotes, n => n.StartsWith("Sending DCS", StringComparison.Ordinal));
        Assert.DoesNotContain(call.SenderNotes, n => n.Contains("repeating", StringComparison.Ordinal));
        Assert.DoesNotContain(call.ReceiverNotes, n => n.Contains("repeating", StringComparison.Ordinal));
        Assert.True(Assert.Single(call.Received.ReceivedPages).PixelsEqual(page), "the received page differs from the one sent");
    }

    [Fact]
    public async Task A_cfr_the_sending_modem_hands_over_far_beyond_T4_ends_both_ends_with_a_T30_error()
    {
        var page = TestDocuments.ShortPage();

        // +FRH=3 #1 brings the DIS (the CSI came with CONNECT to ATD), #2 the CFR.
        var plan = FaultPlan.Of(new DelayedAnswer(new FaultTrigger("AT+FRH=3", Occurrence: 2), TimeSpan.FromSeconds(10)));

        var call = await CallAsync(page, plan, BridgedModem.Sender);

        Assert.Equal(["AT+FRH=3 #2: answer held back 10000 ms"], call.Injected);
        Assert.Equal(Class1CallOutcome.ModemNotResponding, call.Sent.Outcome);
        Assert.Equal(T30Error.LineDropped, call.Sent.Error);
        Assert.Empty(call.Sent.Pages);
        Assert.Equal(Class1CallOutcome.SessionFailed, call.Received.Outcome);

        // The receiver's T2 for the page runs out about 7 s after the sender's +FRH=3 #2; it then listens for a
        // post-page command (up to T1, ADR 41), and the sender's modem reset (T4, then 5 s without the held answer)
        // drops the line about 8 s in, well within that.
        Assert.Equal(T30Error.LineDropped, call.Received.Error);
        Assert.Empty(call.Received.ReceivedPages);
    }

    private async Task<GatewayCallThroughFaultyLine> CallAsync(FaxPage page, FaultPlan plan, BridgedModem bridged, T30Capabilities? capabilities = null)
    {
        capabilities ??= new T30Capabilities();
        using var pair = await IaxModemPair.StartAsync();
        await using var bridge = await FaultInjectingPtyBridge.StartAsync(
            bridged == BridgedModem.Receiver ? IaxModemPair.DeviceB : IaxModemPair.DeviceA, plan);
        var receiverOutput = new PrefixedOutput(output, "B");
        var senderOutput = new PrefixedOutput(output, "A");
        await using var receiverPort = new TracingModemPort(
            IaxModemPair.Open(bridged == BridgedModem.Receiver ? bridge.DriverEnd : IaxModemPair.DeviceB), receiverOutput);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var receiverProgress = new ProgressLog(receiverOutput);
        var receiving = new Class1Fax().ReceiveAsync(
            receiverPort,
            new FaxLineOptions { LocalIdentity = "+44 20 7946 0002", WaitForCall = TimeSpan.FromSeconds(60), Capabilities = capabilities },
            receiverProgress,
            limit.Token);
        await Task.WhenAny(receiverProgress.WaitingForCall, receiving);

        // iaxmodem refuses calls for 5 s after the receiver's ATZ.
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        var senderProgress = new ProgressLog(senderOutput);
        Class1CallResult sent;
        Class1CallResult received;
        try
        {
            await using var senderPort = new TracingModemPort(
                IaxModemPair.Open(bridged == BridgedModem.Sender ? bridge.DriverEnd : IaxModemPair.DeviceA), senderOutput);
            sent = await new Class1Fax().SendAsync(
                senderPort, "1002", [page], new FaxLineOptions { LocalIdentity = "+44 20 7946 0001", Capabilities = capabilities }, senderProgress, limit.Token);
            received = await receiving;
        }
        finally
        {
            output.WriteLine($"--- bridge ---\n{string.Join('\n', bridge.Injected)}\n{string.Join('\n', bridge.Receptions.Select(r => $"{r.Command}: {r.FromModem.Length} octets"))}");
        }

        return new GatewayCallThroughFaultyLine(sent, received, senderProgress.Messages, receiverProgress.Messages, bridge.Injected, bridge.Receptions);
    }
}
