using Groupus.FaxGateway.Class1;
using Groupus.FaxGateway.Imaging;
using Groupus.FaxGateway.Serial;
using Groupus.FaxGateway.T30;
using Groupus.FaxGateway.Tests.Support;
using Groupus.FaxGateway.Tests.Support.FaultyLine;
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

    [Fact]
    public async Task A_training_check_spoilt_at_14400_and_at_12000_makes_the_sender_fall_back_to_9600()
    {
        var page = TestDocuments.SparsePage();
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
        FaxCallResult sent;
        FaxCallResult received;
        try
        {
            await using var senderPort = new TracingModemPort(
                IaxModemPair.Open(bridged == BridgedModem.Sender ? bridge.DriverEnd : IaxModemPair.DeviceA), senderOutput);
            sent = await new Class1Fax().SendAsync(
                senderPort, "1002", [page], new FaxLineOptions { LocalIdentity = "+44 20 7946 0001", Capabilities = capabilities }, new ProgressLog(senderOutput), limit.Token);
            received = await receiving;
        }
        finally
        {
            output.WriteLine($"--- bridge ---\n{string.Join('\n', bridge.Injected)}\n{string.Join('\n', bridge.Receptions.Select(r => $"{r.Command}: {r.FromModem.Length} octets"))}");
        }

        return new GatewayCallThroughFaultyLine(sent, received, bridge.Injected, bridge.Receptions);
    }
}
