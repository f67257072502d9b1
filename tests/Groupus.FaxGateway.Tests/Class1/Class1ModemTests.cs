using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>The Class 1 command layer against a scripted modem on a real pseudo-terminal pair (package socat).</summary>
public sealed class Class1ModemTests
{
    private const byte Dle = 0x10;
    private const byte Etx = 0x03;

    [Fact]
    public async Task Initialising_resets_the_modem_then_sets_echo_off_verbose_results_and_class_1()
    {
        await using var line = await FakeModemLine.OpenAsync();

        await line.Driver.InitialiseAsync(CancellationToken.None);

        Assert.Equal(["ATZ", "ATE0", "ATV1", "ATQ0", "AT+FCLASS=1"], line.Fake.Commands);
    }

    [Fact]
    public async Task The_reset_command_init_strings_and_class_come_from_the_quirk_settings()
    {
        var settings = FakeModemLine.QuickSettings with { ResetCommand = "&F", InitCommands = ["E0", "V1", "&K4"], FaxClass = "1.0" };
        await using var line = await FakeModemLine.OpenAsync(settings);

        await line.Driver.InitialiseAsync(CancellationToken.None);

        Assert.Equal(["AT&F", "ATE0", "ATV1", "AT&K4", "AT+FCLASS=1.0"], line.Fake.Commands);
    }

    [Fact]
    public async Task A_modem_that_refuses_class_1_is_reported_with_the_command_it_refused()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("AT+FCLASS=1", "ERROR");

        var refused = await Assert.ThrowsAsync<ModemCommandException>(() => line.Driver.InitialiseAsync(CancellationToken.None));

        Assert.Equal("+FCLASS=1", refused.Command);
        Assert.Equal("ERROR", refused.Result);
    }

    [Fact]
    public async Task A_silent_modem_raises_a_timeout_naming_what_was_awaited()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Silent = true;

        var timeout = await Assert.ThrowsAsync<ModemTimeoutException>(() => line.Driver.InitialiseAsync(CancellationToken.None));

        Assert.Equal("ATZ", timeout.WaitingFor);
    }

    [Fact]
    public async Task Probing_reads_the_identity_service_classes_and_modulations()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake
            .Reply("ATI", "spandsp", "OK")
            .Reply("ATI3", "www.soft-switch.org", "OK")
            .Reply("AT+FCLASS=?", "0,1,1.0", "OK")
            .Reply("AT+FMI?", "+FMI: \"Acme\"", "OK")
            .Reply("AT+FMM?", "Faxomatic", "OK")
            .Reply("AT+FMR?", "1.2", "OK")
            .Reply("AT+FTM=?", "24,48,72,73,74,96,97,98,121,122,145,146", "OK")
            .Reply("AT+FRM=?", "(24-24),48,72,96", "OK")
            .Reply("AT+FAR=?", "ERROR");

        var info = await line.Driver.ProbeAsync(CancellationToken.None);

        Assert.Equal(("Acme", "Faxomatic", "1.2"), (info.Manufacturer, info.Model, info.Revision));
        Assert.Equal(["spandsp", "www.soft-switch.org"], info.Identification);
        Assert.Equal(["0", "1", "1.0"], info.ServiceClasses);
        Assert.True(info.SupportsClass1);
        Assert.Equal([24, 48, 72, 73, 74, 96, 97, 98, 121, 122, 145, 146], info.TransmitModulations);
        Assert.Equal([24, 48, 72, 96], info.ReceiveModulations);
        Assert.False(info.AdaptiveAnswer);
        Assert.Equal(ModemType.V27ter | ModemType.V29, ModemCapabilities.Usable(info));
    }

    [Theory]
    [InlineData("CONNECT", DialOutcome.Connected)]
    [InlineData("BUSY", DialOutcome.Busy)]
    [InlineData("NO ANSWER", DialOutcome.NoAnswer)]
    [InlineData("NO CARRIER", DialOutcome.NoCarrier)]
    [InlineData("NO DIALTONE", DialOutcome.NoDialTone)]
    [InlineData("NO DIAL TONE", DialOutcome.NoDialTone)]
    [InlineData("ERROR", DialOutcome.Error)]
    public async Task Each_dial_result_code_maps_to_its_own_outcome(string resultCode, DialOutcome expected)
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("ATDT02079460000", resultCode);

        var outcome = await line.Driver.DialAsync("02079460000", CancellationToken.None);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task A_dial_string_that_could_smuggle_a_command_is_refused_before_it_reaches_the_modem()
    {
        await using var line = await FakeModemLine.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => line.Driver.DialAsync("123\rATH1", CancellationToken.None));

        Assert.Empty(line.Fake.Commands);
    }

    [Fact]
    public async Task Answering_waits_for_the_configured_number_of_rings_then_sends_ATA()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("ATA", "CONNECT");
        var answering = line.Driver.AnswerAsync(3, TimeSpan.FromSeconds(10), adaptiveAnswer: false, CancellationToken.None);

        await line.Fake.SendLinesAsync("RING");
        await line.Fake.SendLinesAsync("RING");
        await Task.Delay(200);
        var commandsAfterTwoRings = line.Fake.Commands.ToList();
        await line.Fake.SendLinesAsync("RING");

        Assert.Equal(AnswerOutcome.Connected, await answering);
        Assert.Empty(commandsAfterTwoRings);
        Assert.Equal(["ATA"], line.Fake.Commands);
    }

    [Fact]
    public async Task Adaptive_answer_is_switched_on_with_FAR_before_waiting_for_rings()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("ATA", "CONNECT");
        var answering = line.Driver.AnswerAsync(1, TimeSpan.FromSeconds(10), adaptiveAnswer: true, CancellationToken.None);
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        Assert.Equal(AnswerOutcome.Connected, await answering);
        Assert.Equal(["AT+FAR=1", "ATA"], line.Fake.Commands);
    }

    [Fact]
    public async Task No_ring_within_the_wait_is_reported_as_no_call()
    {
        await using var line = await FakeModemLine.OpenAsync();

        var outcome = await line.Driver.AnswerAsync(1, TimeSpan.FromMilliseconds(300), adaptiveAnswer: false, CancellationToken.None);

        Assert.Equal(AnswerOutcome.NoCall, outcome);
    }

    [Fact]
    public async Task Hanging_up_is_done_with_ATH0_not_by_dropping_DTR()
    {
        await using var line = await FakeModemLine.OpenAsync();

        Assert.True(await line.Driver.HangUpAsync(CancellationToken.None));
        Assert.Equal(["ATH0"], line.Fake.Commands);
    }

    [Fact]
    public async Task An_HDLC_frame_goes_out_with_every_DLE_doubled_and_ends_with_DLE_ETX()
    {
        await using var line = await FakeModemLine.OpenAsync();
        byte[]? onTheWire = null;
        line.Fake.On("AT+FTH=3", async m =>
        {
            await m.SendLinesAsync("CONNECT");
            onTheWire = await m.ReadRawDataAsync();
            await m.SendLinesAsync("OK");
        });

        var sent = await line.Driver.SendFramesAsync([[0xFF, 0x13, 0x10, 0x42, 0x10]], transmitterOn: false, CancellationToken.None);

        Assert.True(sent);
        Assert.Equal([0xFF, 0x13, Dle, Dle, 0x42, Dle, Dle, Dle, Etx], onTheWire);
    }

    [Fact]
    public async Task Frames_of_one_sequence_go_out_one_per_CONNECT_the_modem_keeping_its_carrier_between_them()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var frames = new List<byte[]>();
        line.Fake.On("AT+FTH=3", async m =>
        {
            await m.SendLinesAsync("CONNECT");
            frames.Add(await m.ReadDataAsync());
            await m.SendLinesAsync("CONNECT");
            frames.Add(await m.ReadDataAsync());
            await m.SendLinesAsync("OK");
        });

        var sent = await line.Driver.SendFramesAsync([[0xFF, 0x03, 0x43], [0xFF, 0x13, 0x83, 0x00]], transmitterOn: false, CancellationToken.None);

        Assert.True(sent);
        Assert.Equal(["AT+FTH=3"], line.Fake.Commands);
        Assert.Equal([[0xFF, 0x03, 0x43], [0xFF, 0x13, 0x83, 0x00]], frames);
    }

    [Fact]
    public async Task After_ATA_the_first_frame_goes_out_without_FTH_because_the_modem_already_sends_flags()
    {
        await using var line = await FakeModemLine.OpenAsync();
        byte[]? frame = null;
        line.Fake.On("ATA", async m =>
        {
            await m.SendLinesAsync("CONNECT");
            frame = await m.ReadDataAsync();
            await m.SendLinesAsync("OK");
        });
        var answering = line.Driver.AnswerAsync(1, TimeSpan.FromSeconds(10), adaptiveAnswer: false, CancellationToken.None);
        await line.Fake.SendLinesAsync("RING");
        Assert.Equal(AnswerOutcome.Connected, await answering);

        var sent = await line.Driver.SendFramesAsync([[0xFF, 0x13, 0x80, 0x00]], transmitterOn: true, CancellationToken.None);

        Assert.True(sent);
        Assert.Equal([0xFF, 0x13, 0x80, 0x00], frame);
        Assert.Equal(["ATA"], line.Fake.Commands);
    }

    [Fact]
    public async Task A_received_frame_is_undoubled_and_returned_with_its_FCS()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.On("AT+FRH=3", m => m.SendAsync([.. "\r\nCONNECT\r\n"u8, 0xFF, 0x13, 0x84, Dle, Dle, 0xAB, Dle, Etx, .. "\r\nOK\r\n"u8]));

        var reception = await line.Driver.ReceiveFrameAsync(carrierOn: false, CancellationToken.None, CancellationToken.None);

        Assert.Equal(ReceptionStatus.Received, reception.Status);
        Assert.Equal([0xFF, 0x13, 0x84, Dle, 0xAB], reception.Data.ToArray());
    }

    [Fact]
    public async Task A_frame_the_modem_ends_with_ERROR_is_reported_as_corrupted()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.On("AT+FRH=3", m => m.SendAsync([.. "\r\nCONNECT\r\n"u8, 0xFF, 0x13, 0x84, 0x12, 0x34, Dle, Etx, .. "\r\nERROR\r\n"u8]));

        var reception = await line.Driver.ReceiveFrameAsync(carrierOn: false, CancellationToken.None, CancellationToken.None);

        Assert.Equal(ReceptionStatus.Corrupted, reception.Status);
    }

    [Fact]
    public async Task A_second_CONNECT_in_front_of_a_frame_is_not_taken_for_frame_data()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.On("AT+FRH=3", m => m.SendAsync([.. "\r\nCONNECT\r\n\r\nCONNECT\r\n"u8, 0xFF, 0x13, 0x80, 0x00, Dle, Etx, .. "\r\nOK\r\n"u8]));

        var reception = await line.Driver.ReceiveFrameAsync(carrierOn: false, CancellationToken.None, CancellationToken.None);

        Assert.Equal([0xFF, 0x13, 0x80, 0x00], reception.Data.ToArray());
    }

    [Fact]
    public async Task Page_data_is_sent_with_DLE_doubled_and_received_with_DLE_SUB_meaning_two_DLEs()
    {
        await using var line = await FakeModemLine.OpenAsync();
        byte[]? raw = null;
        line.Fake.On("AT+FTM=96", async m =>
        {
            await m.SendLinesAsync("CONNECT");
            raw = await m.ReadRawDataAsync();
            await m.SendLinesAsync("OK");
        });
        line.Fake.On("AT+FRM=96", m => m.SendAsync([.. "\r\nCONNECT\r\n"u8, 0x01, Dle, Dle, 0x02, Dle, 0x1A, 0x03, Dle, Etx, .. "\r\nNO CARRIER\r\n"u8]));

        Assert.True(await line.Driver.SendHighSpeedAsync(96, new byte[] { 0x00, Dle, 0x11 }, 9600, CancellationToken.None));
        var received = await line.Driver.ReceiveHighSpeedAsync(96, CancellationToken.None, CancellationToken.None);

        Assert.Equal([0x00, Dle, Dle, 0x11, Dle, Etx], raw);
        Assert.Equal(ReceptionStatus.Received, received.Status);
        Assert.Equal([0x01, Dle, 0x02, Dle, Dle, 0x03], received.Data.ToArray());
    }

    [Fact]
    public async Task FCERROR_to_FRM_is_reported_as_the_wrong_carrier()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("AT+FRM=146", "+FCERROR");

        var reception = await line.Driver.ReceiveHighSpeedAsync(146, CancellationToken.None, CancellationToken.None);

        Assert.Equal(ReceptionStatus.WrongCarrier, reception.Status);
    }

    [Fact]
    public async Task Waiting_for_a_carrier_is_abandoned_with_CAN_when_a_T30_timer_runs_out()
    {
        await using var line = await FakeModemLine.OpenAsync();
        int? abortByte = null;
        line.Fake.On("AT+FRH=3", async m =>
        {
            abortByte = await m.ReadByteAsync();
            await m.SendLinesAsync("OK");
        });
        using var timerRanOut = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var reception = await line.Driver.ReceiveFrameAsync(carrierOn: false, timerRanOut.Token, CancellationToken.None);

        Assert.Equal(ReceptionStatus.Aborted, reception.Status);
        Assert.Equal(0x18, abortByte);
    }

    [Fact]
    public async Task Silence_is_asked_for_in_tens_of_milliseconds_rounded_up_with_the_quirk_extra()
    {
        await using var line = await FakeModemLine.OpenAsync(FakeModemLine.QuickSettings with { ExtraSilence = TimeSpan.FromMilliseconds(20) });

        Assert.True(await line.Driver.SendSilenceAsync(TimeSpan.FromMilliseconds(75), CancellationToken.None));

        Assert.Equal(["AT+FTS=10"], line.Fake.Commands);
    }

    [Fact]
    public async Task A_modem_that_drops_out_of_a_frame_reception_is_a_timeout_not_a_hang()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.On("AT+FRH=3", m => m.SendAsync([.. "\r\nCONNECT\r\n"u8, 0xFF, 0x13]));

        await Assert.ThrowsAsync<ModemTimeoutException>(
            () => line.Driver.ReceiveFrameAsync(carrierOn: false, CancellationToken.None, CancellationToken.None));
    }
}
