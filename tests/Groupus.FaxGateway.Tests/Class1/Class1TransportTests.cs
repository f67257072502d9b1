using System.Collections.Concurrent;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.RealPeers;
using Lines = Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// Whole T.30 calls between the driver and a scripted far end on a pseudo-terminal pair: the T.31 commands come in
/// the order the T.30 README maps the engine's actions to, with the turnaround and 75 ms silences in place.
/// </summary>
public sealed class Class1TransportTests
{
    private static readonly byte[] Dis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities { ErrorCorrection = false }).Encode();

    [Fact]
    public async Task Sending_one_page_issues_the_T31_commands_in_T30_order()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var page = TestDocuments.SparsePage();
        var replies = new Queue<byte[]>([Frame(FacsimileControlField.DIS, Dis), Frame(FacsimileControlField.CFR), Frame(FacsimileControlField.MCF)]);
        var sentFrames = new ConcurrentQueue<byte[]>();
        var highSpeed = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATDT1002", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 1"), final: false)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(replies.Dequeue()))
            .On("AT+FTH=3", async m => Enqueue(sentFrames, await m.AcceptFramesAsync()))
            .On("AT+FTM=145", async m => highSpeed.Enqueue(await AcceptDataAsync(m)))
            .On("AT+FTM=146", async m => highSpeed.Enqueue(await AcceptDataAsync(m)));

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [page], Options(line) with { LocalIdentity = "+44 4" }, null, CancellationToken.None);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [
                "ATZ", "ATE0", "ATV1", "ATQ0", "AT+FCLASS=1", "ATDT1002",
                "AT+FRH=3",                                     // DIS (the CSI came with CONNECT)
                "AT+FRS=7", "AT+FTH=3",                         // turnaround, TSI DCS
                "AT+FTS=8", "AT+FTM=145",                       // 75 ms, TCF at V.17 14400 long train
                "AT+FRH=3",                                     // CFR
                "AT+FTS=8", "AT+FTM=146", "AT+FTS=8", "AT+FTH=3", // 75 ms, page (short train), 75 ms, EOP
                "AT+FRH=3",                                     // MCF
                "AT+FRS=7", "AT+FTH=3",                         // DCN
                "ATH0",
            ],
            line.Fake.Commands);
        Assert.Equal(
            [FacsimileControlField.TSI, FacsimileControlField.DCS, FacsimileControlField.EOP, FacsimileControlField.DCN],
            sentFrames.Select(Parse).Select(f => f.Fcf));
        var tcf = highSpeed.First();
        Assert.Equal(2700, tcf.Length);
        Assert.All(tcf, octet => Assert.Equal(0, octet));
        Assert.True(ReceivedPageDecoder.Decode(highSpeed.Last(), result.Parameters!).Page.PixelsEqual(page));
    }

    [Fact]
    public async Task Receiving_one_page_answers_with_DIS_straight_after_ATA_and_delivers_the_page()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var page = TestDocuments.SparsePage();
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V29_9600, Resolution = Resolution.Standard, Coding = ImageCoding.MR, MinScanLineTimeMs = 0 };
        var calls = new Queue<byte[]>(
        [
            Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 2"), final: false, xBit: true),
            Frame(FacsimileControlField.DCS, dcs.Encode(), xBit: true),
            Frame(FacsimileControlField.EOP, xBit: true),
            Frame(FacsimileControlField.DCN, xBit: true),
        ]);
        var sentFrames = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATA", async m => Enqueue(sentFrames, await AcceptFramesAfterAnswerAsync(m)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(calls.Dequeue()))
            .On("AT+FTH=3", async m => Enqueue(sentFrames, await m.AcceptFramesAsync()));
        var pageData = new FaxPageSource([page]).GetPageData(0, dcs).ToArray();
        var trained = false;
        line.Fake.On("AT+FRM=96", m =>
        {
            var data = trained ? pageData : new byte[1800];
            trained = true;
            return m.SendReceivedDataAsync(data);
        });
        var options = Options(line) with { LocalIdentity = "+44 3", WaitForCall = TimeSpan.FromSeconds(30) };
        var receiving = new Class1Fax().ReceiveAsync(line.Port, options, null, CancellationToken.None);
        await line.Fake.WaitForCommandAsync("AT+FCLASS=1");
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        var result = await receiving;

        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [
                "ATZ", "ATE0", "ATV1", "ATQ0", "AT+FCLASS=1", "ATA",   // CSI DIS go out on ATA's CONNECT
                "AT+FRH=3", "AT+FRH=3",                                 // TSI, DCS
                "AT+FRM=96",                                            // TCF
                "AT+FRS=7", "AT+FTH=3",                                 // CFR
                "AT+FRM=96",                                            // page
                "AT+FRH=3",                                             // EOP
                "AT+FRS=7", "AT+FTH=3",                                 // MCF
                "AT+FRH=3",                                             // DCN
                "ATH0",
            ],
            line.Fake.Commands);
        Assert.Equal(
            [FacsimileControlField.CSI, FacsimileControlField.DIS, FacsimileControlField.CFR, FacsimileControlField.MCF],
            sentFrames.Select(Parse).Select(f => f.Fcf));
        Assert.Equal("+44 2", result.RemoteIdentity);
        Assert.True(Assert.Single(result.ReceivedPages).PixelsEqual(page));
    }

    [Fact]
    public async Task Sending_with_ECM_frames_the_page_as_FCD_and_RCP_in_one_high_speed_burst_then_PPS_EOP()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var page = TestDocuments.SparsePage();
        var ecmDis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities { ErrorCorrection = true, T6Coding = true }).Encode();
        var replies = new Queue<byte[]>([Frame(FacsimileControlField.DIS, ecmDis), Frame(FacsimileControlField.CFR), Frame(FacsimileControlField.MCF)]);
        var sentFrames = new ConcurrentQueue<byte[]>();
        var highSpeed = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATDT1002", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 1"), final: false)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(replies.Dequeue()))
            .On("AT+FTH=3", async m => Enqueue(sentFrames, await m.AcceptFramesAsync()))
            .On("AT+FTM=145", async m => highSpeed.Enqueue(await AcceptDataAsync(m)))
            .On("AT+FTM=146", async m => highSpeed.Enqueue(await AcceptDataAsync(m)));
        var options = Options(line) with { Capabilities = new T30Capabilities { ErrorCorrection = true, T6Coding = true } };

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [page], options, null, CancellationToken.None);

        Assert.True(result.Success, result.ToString());
        Assert.True(result.Parameters!.ErrorCorrection);
        Assert.Equal(ImageCoding.MMR, result.Parameters.Coding);
        Assert.Equal(
            [
                "ATZ", "ATE0", "ATV1", "ATQ0", "AT+FCLASS=1", "ATDT1002", "AT+FRH=3", "AT+FRS=7", "AT+FTH=3", "AT+FTS=8", "AT+FTM=145",
                "AT+FRH=3", "AT+FTS=8", "AT+FTM=146", "AT+FTS=8", "AT+FTH=3", "AT+FRH=3", "AT+FRS=7", "AT+FTH=3", "ATH0",
            ],
            line.Fake.Commands);
        Assert.Equal([FacsimileControlField.DCS, FacsimileControlField.PPS, FacsimileControlField.DCN], sentFrames.Select(Parse).Select(f => f.Fcf));

        var deframer = new HdlcDeframer();
        deframer.Push(highSpeed.Last());
        var burst = deframer.Frames.Select(f => T30Frame.TryParse(f, hasFcs: true, out var frame) ? frame! : throw new InvalidOperationException()).ToList();
        Assert.Equal(0, deframer.CorruptFrames);
        Assert.Equal([FacsimileControlField.RCP, FacsimileControlField.RCP, FacsimileControlField.RCP], burst.TakeLast(3).Select(f => f.Fcf));
        var fcd = burst.Where(f => f.Fcf == FacsimileControlField.FCD).OrderBy(f => f.Fif[0]).ToList();
        Assert.Equal(Enumerable.Range(0, fcd.Count).Select(i => (byte)i), fcd.Select(f => f.Fif[0]));
        byte[] data = [.. fcd.SelectMany(f => f.Fif.Skip(1))];
        Assert.True(ReceivedPageDecoder.Decode(data, result.Parameters).Page.PixelsEqual(page));
    }

    [Fact]
    public async Task A_modem_that_dies_during_the_second_page_is_reset_and_the_confirmed_first_page_is_still_reported()
    {
        await using var line = await FakeModemLine.OpenAsync(FakeModemLine.QuickSettings with { TransmitMargin = TimeSpan.FromSeconds(1) });
        var replies = new Queue<byte[]>([Frame(FacsimileControlField.DIS, Dis), Frame(FacsimileControlField.CFR), Frame(FacsimileControlField.MCF)]);
        var pagesStarted = 0;
        line.Fake
            .On("ATDT1002", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 1"), final: false)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(replies.Dequeue()))
            .On("AT+FTH=3", async m => await m.AcceptFramesAsync())
            .On("AT+FTM=145", async m => await AcceptDataAsync(m))
            .On("AT+FTM=146", async m =>
            {
                if (++pagesStarted == 1)
                {
                    await AcceptDataAsync(m);
                    return;
                }

                // The second page: CONNECT, swallow the data, then never a word again.
                await m.SendLinesAsync("CONNECT");
                await m.ReadDataAsync();
                m.Silent = true;
            });
        FaxPage[] pages = [TestDocuments.SparsePage(), TestDocuments.SparsePage()];

        var result = await new Class1Fax().SendAsync(line.Port, "1002", pages, Options(line), null, CancellationToken.None);

        Assert.Equal(Class1CallOutcome.ModemNotResponding, result.Outcome);
        Assert.Equal(T30Error.LineDropped, result.Error);
        var confirmed = Assert.Single(result.Pages);
        Assert.Equal((1, PageOutcome.Confirmed), (confirmed.PageNumber, confirmed.Outcome));
        Assert.Contains("ATH0", line.Fake.Commands.SkipWhile(c => c != "AT+FTM=146").Skip(1));
    }

    [Fact]
    public async Task The_line_driver_reports_a_sent_pages_verdict_before_the_next_page_starts()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var replies = new Queue<byte[]>([Frame(FacsimileControlField.DIS, Dis), Frame(FacsimileControlField.CFR), Frame(FacsimileControlField.MCF), Frame(FacsimileControlField.MCF)]);
        var reports = new ConcurrentQueue<Groupus.Fax.T30.Calls.FaxProgress>();
        List<Groupus.Fax.T30.Calls.FaxProgress> beforeSecondPage = [];
        var pagesStarted = 0;
        line.Fake
            .On("ATDT1002", m => m.SendReceivedFrameAsync(Frame(FacsimileControlField.CSI, SubscriberIdentification.Encode("+44 1"), final: false)))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(replies.Dequeue()))
            .On("AT+FTH=3", async m => await m.AcceptFramesAsync())
            .On("AT+FTM=145", async m => await AcceptDataAsync(m))
            .On("AT+FTM=146", async m =>
            {
                if (++pagesStarted == 2)
                {
                    beforeSecondPage = [.. reports];
                }

                await AcceptDataAsync(m);
            });
        var driver = new Class1FaxModemDriver(new ModemChannel(line.Port), new Lines.FaxLineOptions { Name = "test", Device = line.Port.Name, Class = "1" });

        var result = await driver.SendAsync(
            new Lines.FaxSendRequest("1002", [TestDocuments.SparsePage(), TestDocuments.SparsePage()]),
            new Lines.SynchronousProgress<Groupus.Fax.T30.Calls.FaxProgress>(reports.Enqueue),
            CancellationToken.None);

        // The service reports the verdict to the core at once: a call that breaks on page 2 resumes from page 2.
        Assert.Equal(Groupus.Fax.T30.Calls.FaxCallOutcome.Success, result.Outcome);
        Assert.Contains(beforeSecondPage, report => report.Page is { PageNumber: 1, Accepted: true } && report.Phase == Groupus.Fax.T30.Calls.FaxCallPhase.PostPage);
        Assert.Equal([1, 2], reports.Where(report => report.Page is not null).Select(report => report.Page!.PageNumber));
    }

    private static FaxLineOptions Options(FakeModemLine line) => new() { Modem = line.Settings, ProbeModem = false };

    private static byte[] Frame(FacsimileControlField fcf, byte[]? fif = null, bool final = true, bool xBit = false) =>
        new T30Frame(fcf, fif ?? [], xBit, final).ToBytesWithFcs();

    private static T30Frame Parse(byte[] frame) =>
        T30Frame.TryParse(frame, hasFcs: false, out var parsed) ? parsed! : throw new InvalidOperationException(Convert.ToHexString(frame));

    private static void Enqueue(ConcurrentQueue<byte[]> queue, List<byte[]> frames) => frames.ForEach(queue.Enqueue);

    private static async Task<byte[]> AcceptDataAsync(ScriptedModem modem)
    {
        await modem.SendLinesAsync("CONNECT");
        var data = await modem.ReadDataAsync();
        await modem.SendLinesAsync("OK");
        return data;
    }

    /// <summary>ATA: CONNECT once CED is done; the modem is then sending flags and takes frames without +FTH.</summary>
    private static async Task<List<byte[]>> AcceptFramesAfterAnswerAsync(ScriptedModem modem) => await modem.AcceptFramesAsync();
}
