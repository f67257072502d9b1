using System.Collections.Concurrent;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.RealPeers;
using LineOptions = Groupus.Fax.Modems.Lines.FaxLineOptions;
using Lines = Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>The line's ECM setting reaches the Class 1 driver the service and the CLI use: on by default, off when the line says so.</summary>
public sealed class LineEcmTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData(false, false)]
    public async Task A_Class_1_line_sends_with_ECM_and_MMR_to_a_far_end_that_offers_it_unless_the_line_turns_ECM_off(bool? ecm, bool expected)
    {
        await using var line = await FakeModemLine.OpenAsync();
        var sent = ScriptFarEndOfferingEcm(line);
        var driver = new Class1FaxModemDriver(new ModemChannel(line.Port), Line(line, ecm));

        var result = await driver.SendAsync(new Lines.FaxSendRequest("1002", [TestDocuments.SparsePage()]), null, CancellationToken.None);

        Assert.Equal(Groupus.Fax.T30.Calls.FaxCallOutcome.Success, result.Outcome);
        var dcs = DigitalCommandSignal.Decode(Parse(sent.First(f => Parse(f).Fcf == FacsimileControlField.DCS)).FifSpan)!;
        Assert.Equal(expected, dcs.ErrorCorrection);
        Assert.Equal(expected ? ImageCoding.MMR : ImageCoding.MR, dcs.Coding);
        Assert.Equal(expected, Assert.Single(result.Pages).Parameters.ErrorCorrection);
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--ecm", "false" }, false)]
    public async Task The_send_command_uses_ECM_on_Class_1_unless_told_ecm_false(string[] ecm, bool expected)
    {
        await using var line = await FakeModemLine.OpenAsync();
        var sent = ScriptFarEndOfferingEcm(line);
        using var directory = new Imaging.TemporaryDirectory();
        var file = directory.File("page.tif");
        Groupus.Fax.Imaging.Tiff.FaxTiffWriter.Write(file, [TestDocuments.SparsePage()]);
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        var exitCode = await Groupus.FaxGateway.Diagnostics.GatewayCommandLine.RunAsync(
            ["send", "--device", line.Port.Name, "--class", "1", "--number", "1002", .. ecm, file],
            output,
            TextWriter.Null,
            new Lines.FaxModemDriverFactory(),
            timeout.Token);

        Assert.True(exitCode == 0, output.ToString());
        var dcs = DigitalCommandSignal.Decode(Parse(sent.First(f => Parse(f).Fcf == FacsimileControlField.DCS)).FifSpan)!;
        Assert.Equal(expected, dcs.ErrorCorrection);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(false, false)]
    public async Task A_Class_1_line_answers_with_a_DIS_that_offers_ECM_unless_the_line_turns_it_off(bool? ecm, bool expected)
    {
        await using var line = await FakeModemLine.OpenAsync();
        var sent = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATA", async m => (await m.AcceptFramesAsync()).ForEach(sent.Enqueue))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.DCN, xBit: true)));
        var driver = new Class1FaxModemDriver(new ModemChannel(line.Port), Line(line, ecm));
        var receiving = driver.ReceiveAsync(new Lines.FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, CancellationToken.None);
        await line.Fake.WaitForCommandAsync("AT+FCLASS=1");
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        await receiving;

        var dis = DigitalIdentificationSignal.Decode(Parse(sent.First(f => Parse(f).Fcf == FacsimileControlField.DIS)).FifSpan);
        Assert.Equal(expected, dis.ErrorCorrection);
        Assert.Equal(expected, dis.T6Coding);
    }

    /// <summary>A far end whose DIS offers ECM and MMR and that confirms one page; returns the frames the driver sends.</summary>
    private static ConcurrentQueue<byte[]> ScriptFarEndOfferingEcm(FakeModemLine line)
    {
        var farEndDis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities { ErrorCorrection = true, T6Coding = true }).Encode();
        var replies = new Queue<byte[]>([Frame(FacsimileControlField.DIS, farEndDis), Frame(FacsimileControlField.CFR), Frame(FacsimileControlField.MCF)]);
        var sent = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATDT1002", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 1"), final: false)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(replies.Dequeue()))
            .On("AT+FTH=3", async m => (await m.AcceptFramesAsync()).ForEach(sent.Enqueue))
            .On("AT+FTM=145", AcceptDataAsync)
            .On("AT+FTM=146", AcceptDataAsync);
        return sent;
    }

    private static LineOptions Line(FakeModemLine line, bool? ecm) => new() { Name = "test", Device = line.Port.Name, Class = "1", Ecm = ecm };

    private static async Task AcceptDataAsync(ScriptedModem modem)
    {
        await modem.SendLinesAsync("CONNECT");
        await modem.ReadDataAsync();
        await modem.SendLinesAsync("OK");
    }

    private static byte[] Frame(FacsimileControlField fcf, byte[]? fif = null, bool final = true, bool xBit = false) =>
        new T30Frame(fcf, fif ?? [], xBit, final).ToBytesWithFcs();

    private static T30Frame Parse(byte[] frame) =>
        T30Frame.TryParse(frame, hasFcs: false, out var parsed) ? parsed! : throw new InvalidOperationException(Convert.ToHexString(frame));
}
