using Groupus.Fax.Modems.Class2;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;

namespace Groupus.FaxGateway.Tests.Class2;

public sealed class Class2CallFailureTests
{
    private static readonly FaxPage Page = TestPages.TextLike(11, height: 200, yResolution: 196);

    [Fact]
    public async Task Dialling_a_busy_line_reports_busy_and_no_pages()
    {
        var network = Class2EmulatedModem.Network();
        network.MarkBusy("2000");
        await using var sender = Class2EmulatedModem.Start(network, "1001");

        var result = await SendAsync(sender, "2000");

        Assert.Equal(FaxCallOutcome.Busy, result.Outcome);
        Assert.Empty(result.Pages);
    }

    [Fact]
    public async Task Dialling_a_line_that_rings_out_reports_no_answer()
    {
        var network = new EmulatedTelephoneNetwork { RingInterval = TimeSpan.FromMilliseconds(10), RingsBeforeNoAnswer = 3 };
        network.MarkUnanswered("2000");
        await using var sender = Class2EmulatedModem.Start(network, "1001");

        Assert.Equal(FaxCallOutcome.NoAnswer, (await SendAsync(sender, "2000")).Outcome);
    }

    [Fact]
    public async Task A_modem_whose_user_never_answers_leaves_the_caller_with_no_answer()
    {
        var network = new EmulatedTelephoneNetwork { RingInterval = TimeSpan.FromMilliseconds(10), RingsBeforeNoAnswer = 3 };
        await using var sender = Class2EmulatedModem.Start(network, "1001");
        await using var nobodyThere = Class2EmulatedModem.Start(network, "1002");

        Assert.Equal(FaxCallOutcome.NoAnswer, (await SendAsync(sender, "1002")).Outcome);
    }

    [Fact]
    public async Task Dialling_a_number_with_no_fax_behind_it_reports_no_carrier()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001");

        Assert.Equal(FaxCallOutcome.NoCarrier, (await SendAsync(sender, "9999")).Outcome);
    }

    [Fact]
    public async Task Dialling_without_dial_tone_reports_no_dial_tone()
    {
        var network = Class2EmulatedModem.Network();
        network.DialTone = false;
        await using var sender = Class2EmulatedModem.Start(network, "1001");

        Assert.Equal(FaxCallOutcome.NoDialTone, (await SendAsync(sender, "1002")).Outcome);
    }

    [Fact]
    public async Task A_remote_hanging_up_in_the_middle_of_the_only_page_fails_the_call_with_FHS_54_and_90()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002", new Class2ModemEmulatorOptions { HangUpAfterPageBytes = 1 });

        var (sent, received) = await Class2PageTransferTests.TransferAsync(sender, receiver, [TestPages.RandomNoise(1, height: 300, blackFraction: 0.1)]);

        Assert.Equal(FaxCallOutcome.ProtocolFailure, sent.Outcome);
        Assert.Equal(new FaxHangupReason("FHS", "54", "No response to EOP repeated three times"), sent.Hangup);
        Assert.Equal(T30Error.NoResponseToPostPage, sent.Error);
        Assert.Equal("90", received.Hangup!.Code);
        Assert.Equal(FaxCallOutcome.ProtocolFailure, received.Outcome);
        Assert.DoesNotContain(received.Pages, page => page.Accepted);
    }

    [Fact]
    public async Task A_remote_hanging_up_during_the_second_of_three_pages_leaves_a_partial_call_with_FHS_52()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002", new Class2ModemEmulatorOptions { HangUpAfterPageBytes = 5000 });
        FaxPage[] pages = [TestPages.AllWhite(height: 20), TestPages.RandomNoise(2, height: 300, blackFraction: 0.1), TestPages.AllWhite(height: 20)];

        var (sent, received) = await Class2PageTransferTests.TransferAsync(sender, receiver, pages);

        Assert.Equal(FaxCallOutcome.Partial, sent.Outcome);
        Assert.Equal(1, sent.PagesAccepted);
        Assert.Equal("52", sent.Hangup!.Code);
        Assert.Equal(FaxCallOutcome.Partial, received.Outcome);
        Assert.True(received.Pages[0].Image!.PixelsEqual(pages[0]));
    }

    [Fact]
    public async Task A_caller_that_hangs_up_before_sending_its_parameters_leaves_the_answerer_with_FHS_11()
    {
        var network = Class2EmulatedModem.Network();
        await using var caller = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, timeout.Token);

        Assert.True((await caller.Channel.CommandAsync("+FCLASS=2.0", TimeSpan.FromSeconds(5), timeout.Token)).IsOk);
        Assert.True((await caller.Channel.CommandAsync("D1002", TimeSpan.FromSeconds(30), timeout.Token)).IsOk);
        Assert.True((await caller.Channel.CommandAsync("H", TimeSpan.FromSeconds(5), timeout.Token)).IsOk);
        var received = await receiving;

        Assert.Equal(FaxCallOutcome.ProtocolFailure, received.Outcome);
        Assert.Equal(new FaxHangupReason("FHS", "11", "No answer (T.30 T1 timeout)"), received.Hangup);
        Assert.Equal(T30Error.NoAnswerT1, received.Error);
    }

    [Fact]
    public async Task A_sender_that_cancels_page_data_with_DLE_CAN_ends_the_call_with_FHS_02()
    {
        var network = Class2EmulatedModem.Network();
        await using var caller = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, timeout.Token);
        await caller.Channel.CommandAsync("+FCLASS=2.0;+FNR=1,1,1,0", TimeSpan.FromSeconds(5), timeout.Token);
        await caller.Channel.CommandAsync("D1002", TimeSpan.FromSeconds(30), timeout.Token);

        var connect = await caller.Channel.CommandAsync("+FDT", TimeSpan.FromSeconds(10), timeout.Token);
        await caller.Channel.WriteAsync(new byte[] { 0x00, 0x10, 0x10, 0x10, 0x18 }, timeout.Token);
        var cancelled = await caller.Channel.ReadReplyAsync("the cancel", TimeSpan.FromSeconds(10), timeout.Token);
        var received = await receiving;

        Assert.True(connect.IsConnect);
        Assert.Contains("+FHS:02", cancelled.Lines);
        Assert.Equal(FaxCallOutcome.ProtocolFailure, received.Outcome);
        Assert.Empty(received.Pages);
    }

    [Fact]
    public async Task Waiting_for_a_call_that_never_comes_reports_no_incoming_call()
    {
        var network = Class2EmulatedModem.Network();
        await using var receiver = Class2EmulatedModem.Start(network, "1002");

        var result = await receiver.Driver.ReceiveAsync(new FaxReceiveRequest(2, TimeSpan.FromMilliseconds(300)), null, CancellationToken.None);

        Assert.Equal(FaxCallOutcome.NoIncomingCall, result.Outcome);
    }

    [Fact]
    public async Task A_silent_modem_is_reset_and_reported_as_not_responding_when_probed()
    {
        var network = Class2EmulatedModem.Network();
        var quick = Class2EmulatedModem.DriverOptions(Class2Dialect.Class20, "1") with { CommandTimeout = TimeSpan.FromMilliseconds(300) };
        await using var modem = Class2EmulatedModem.Start(network, "1001", new Class2ModemEmulatorOptions { Silent = true }, quick);

        var failure = await Assert.ThrowsAsync<ModemNotRespondingException>(() => modem.Driver.ProbeAsync(CancellationToken.None));

        Assert.False(failure.ResetSucceeded);
        Assert.Equal(modem.Emulator.DevicePath, failure.Device);
    }

    [Fact]
    public async Task A_silent_modem_is_reported_as_not_responding_when_asked_to_send()
    {
        var network = Class2EmulatedModem.Network();
        var quick = Class2EmulatedModem.DriverOptions(Class2Dialect.Class20, "1") with { CommandTimeout = TimeSpan.FromMilliseconds(300) };
        await using var modem = Class2EmulatedModem.Start(network, "1001", new Class2ModemEmulatorOptions { Silent = true }, quick);

        await Assert.ThrowsAsync<ModemNotRespondingException>(
            () => modem.Driver.SendAsync(new FaxSendRequest("1002", [Page]), null, CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_connects_but_never_sends_a_page_leaves_the_answerer_with_FHS_73()
    {
        var network = Class2EmulatedModem.Network();
        await using var caller = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002", new Class2ModemEmulatorOptions { PageWait = TimeSpan.FromMilliseconds(300) });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, timeout.Token);
        await caller.Channel.CommandAsync("+FCLASS=2.0", TimeSpan.FromSeconds(5), timeout.Token);
        await caller.Channel.CommandAsync("D1002", TimeSpan.FromSeconds(30), timeout.Token);

        Assert.True((await caller.Channel.CommandAsync("+FDT", TimeSpan.FromSeconds(10), timeout.Token)).IsConnect);
        var received = await receiving;
        await caller.Channel.WriteAsync(new byte[] { 0x10, 0x18 }, timeout.Token);

        Assert.Equal(FaxCallOutcome.ProtocolFailure, received.Outcome);
        Assert.Equal(new FaxHangupReason("FHS", "73", "T.30 T2 timeout: expected page not received"), received.Hangup);
        Assert.Equal(T30Error.NoCommandT2, received.Error);
    }

    [Fact]
    public async Task A_modem_that_wedges_in_the_middle_of_a_received_page_is_reset_and_reported_not_responding()
    {
        var network = Class2EmulatedModem.Network();
        var quick = Class2EmulatedModem.DriverOptions(Class2Dialect.Class20, "1002") with
        {
            CommandTimeout = TimeSpan.FromSeconds(2),
            PageDataIdleTimeout = TimeSpan.FromSeconds(1),
        };
        await using var sender = Class2EmulatedModem.Start(network, "1001", new Class2ModemEmulatorOptions { ResponseWait = TimeSpan.FromMilliseconds(500) });
        await using var receiver = Class2EmulatedModem.Start(network, "1002", new Class2ModemEmulatorOptions { WedgeDuringReceivedPage = true }, quick);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var receiving = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, timeout.Token);

        var sent = await sender.Driver.SendAsync(new FaxSendRequest("1002", [Page]), null, timeout.Token);
        var failure = await Assert.ThrowsAsync<ModemNotRespondingException>(() => receiving);

        Assert.Equal("page data", failure.WaitingFor);
        Assert.False(failure.ResetSucceeded);
        Assert.Equal(FaxCallOutcome.ProtocolFailure, sent.Outcome);
        Assert.Equal("54", sent.Hangup!.Code);
    }

    [Fact]
    public async Task A_send_cancelled_during_page_data_leaves_the_modem_on_hook_for_the_next_call()
    {
        var network = Class2EmulatedModem.Network();
        await using var sender = Class2EmulatedModem.Start(network, "1001");
        await using var receiver = Class2EmulatedModem.Start(network, "1002");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var cancel = new CancellationTokenSource();
        var firstReception = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, patience.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.Driver.SendAsync(new FaxSendRequest("1002", [Page]),
            new CancelOnPhase(FaxCallPhase.Transferring, cancel), cancel.Token));
        var abandoned = await firstReception;
        var secondReception = receiver.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, patience.Token);
        var retried = await sender.Driver.SendAsync(new FaxSendRequest("1002", [Page]), null, patience.Token);

        Assert.Empty(abandoned.Pages);
        Assert.Equal(FaxCallOutcome.Success, retried.Outcome);
        Assert.True((await secondReception).Pages.Single().Image!.PixelsEqual(Page));
    }

    private sealed class CancelOnPhase(FaxCallPhase phase, CancellationTokenSource cancel) : IProgress<FaxProgress>
    {
        public void Report(FaxProgress value)
        {
            if (value.Phase == phase)
            {
                cancel.Cancel();
            }
        }
    }

    private static async Task<FaxCallResult> SendAsync(Class2EmulatedModem sender, string number)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await sender.Driver.SendAsync(new FaxSendRequest(number, [Page]), null, timeout.Token);
    }
}
