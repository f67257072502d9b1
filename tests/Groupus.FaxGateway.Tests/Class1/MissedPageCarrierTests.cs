using System.Collections.Concurrent;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.RealPeers;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// The Class 1 receiver whose modem never reports the page carrier before T2 runs out: the driver aborts +FRM, goes
/// back to +FRH=3 for the caller's post-page command, answers RTN and takes the page when it is sent again.
/// </summary>
public sealed class MissedPageCarrierTests
{
    private const byte Cancel = 0x18;

    [Fact]
    public async Task A_page_carrier_missed_until_T2_is_answered_with_RTN_after_FRH_and_the_resent_page_is_received()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var page = TestDocuments.SparsePage();
        var dcs = new DigitalCommandSignal { Rate = SignallingRate.V29_9600, Resolution = Resolution.Standard, Coding = ImageCoding.MR, MinScanLineTimeMs = 0 };
        var calls = new Queue<byte[]>(
        [
            Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 2"), final: false),
            Frame(FacsimileControlField.DCS, dcs.Encode()),
            Frame(FacsimileControlField.EOP),
            Frame(FacsimileControlField.DCS, dcs.Encode()),
            Frame(FacsimileControlField.EOP),
            Frame(FacsimileControlField.DCN),
        ]);
        var sentFrames = new ConcurrentQueue<byte[]>();
        line.Fake
            .On("ATA", async m => Enqueue(sentFrames, await m.AcceptFramesAsync()))
            .On("AT+FRH=3", m => m.SendReceivedFrameAsync(calls.Dequeue()))
            .On("AT+FTH=3", async m => Enqueue(sentFrames, await m.AcceptFramesAsync()));
        var pageData = new FaxPageSource([page]).GetPageData(0, dcs).ToArray();
        var receptions = 0;
        var canHeard = false;
        line.Fake.On("AT+FRM=96", async m =>
        {
            switch (++receptions)
            {
                case 2:
                    // The page carrier: the modem never reports it; the driver gives up at T2 with CAN.
                    canHeard = await m.ReadByteAsync() == Cancel;
                    await m.SendLinesAsync("OK");
                    break;
                case 4:
                    await m.SendReceivedDataAsync(pageData);
                    break;
                default:
                    await m.SendReceivedDataAsync(new byte[1800]);
                    break;
            }
        });
        var options = new FaxLineOptions
        {
            Modem = line.Settings,
            ProbeModem = false,
            WaitForCall = TimeSpan.FromSeconds(30),
            Timers = new T30TimerSettings { T2 = TimeSpan.FromSeconds(3) },
        };
        var receiving = new Class1Fax().ReceiveAsync(line.Port, options, null, CancellationToken.None);
        await line.Fake.WaitForCommandAsync("AT+FCLASS=1");
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        var result = await receiving;

        Assert.True(result.Success, result.ToString());
        Assert.True(canHeard);
        var commands = line.Fake.Commands.ToList();
        var missed = commands.Select((c, i) => (c, i)).Where(x => x.c == "AT+FRM=96").ElementAt(1).i;
        Assert.Equal("AT+FRH=3", commands[missed + 1]);
        Assert.Equal(
            [
                FacsimileControlField.DIS, FacsimileControlField.CFR,
                FacsimileControlField.RTN, FacsimileControlField.CFR, FacsimileControlField.MCF,
            ],
            sentFrames.Select(Parse).Select(f => f.Fcf));
        Assert.Equal([PageOutcome.Rejected, PageOutcome.Confirmed], result.Session!.Pages.Select(p => p.Outcome));
        Assert.True(Assert.Single(result.ReceivedPages).PixelsEqual(page));
    }

    private static byte[] Frame(FacsimileControlField fcf, byte[]? fif = null, bool final = true) =>
        new T30Frame(fcf, fif ?? [], xBit: true, final).ToBytesWithFcs();

    private static T30Frame Parse(byte[] frame) =>
        T30Frame.TryParse(frame, hasFcs: false, out var parsed) ? parsed! : throw new InvalidOperationException(Convert.ToHexString(frame));

    private static void Enqueue(ConcurrentQueue<byte[]> queue, List<byte[]> frames) => frames.ForEach(queue.Enqueue);
}
