using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.RealPeers;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// A caller that vanishes during page 2 (killed, or its modem hung up under it): the receiving modem delivers nothing
/// more, or only fill, or NO CARRIER without DLE ETX. The call ends with page 1 kept and page 2 not claimed, the modem
/// is hung up, and nothing waits for the 10-minute page deadline (which these tests leave at its default).
/// </summary>
public sealed class VanishingCallerTests
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(2);
    private static readonly DigitalCommandSignal Dcs = new()
    {
        Rate = SignallingRate.V29_9600, Resolution = Resolution.Standard, Coding = ImageCoding.MR, MinScanLineTimeMs = 0,
    };

    [Fact]
    public async Task A_page_carrier_that_goes_silent_ends_the_call_with_the_earlier_page_kept_and_the_modem_hung_up()
    {
        int? abort = null;
        var result = await ReceiveTwoPagesAsync(async (m, half) =>
        {
            await m.SendAsync([.. "\r\nCONNECT\r\n"u8, .. half]);
            abort = await m.ReadByteAsync();
            await m.SendLinesAsync("OK");
        });

        AssertFirstPageKeptSecondNotClaimed(result.Result);
        Assert.Contains("no end of line", result.Result.Detail, StringComparison.Ordinal);
        Assert.Equal(0x18, abort);
        Assert.Equal("ATH0", result.Commands[^1]);
    }

    [Fact]
    public async Task A_page_carrier_that_brings_only_fill_ends_the_call_the_same_way()
    {
        var result = await ReceiveTwoPagesAsync(async (m, half) =>
        {
            await m.SendAsync([.. "\r\nCONNECT\r\n"u8, .. half]);
            var abort = m.ReadByteAsync();
            while (!abort.IsCompleted)
            {
                // 50 ms of zero fill at 9600 bit/s, for as long as the receiver listens.
                await m.SendAsync(new byte[60]);
                await Task.WhenAny(abort, Task.Delay(50));
            }

            await m.SendAsync([Dle.DataLinkEscape, Dle.EndOfText, .. "\r\nOK\r\n"u8]);
        });

        AssertFirstPageKeptSecondNotClaimed(result.Result);
        Assert.Contains("no end of line", result.Result.Detail, StringComparison.Ordinal);
        Assert.Equal("ATH0", result.Commands[^1]);
    }

    [Fact]
    public async Task A_modem_that_says_NO_CARRIER_inside_the_page_data_ends_the_call_at_once()
    {
        var result = await ReceiveTwoPagesAsync((m, half) => m.SendAsync([.. "\r\nCONNECT\r\n"u8, .. half, .. "\r\nNO CARRIER\r\n"u8]));

        AssertFirstPageKeptSecondNotClaimed(result.Result);
        Assert.Contains("NO CARRIER", result.Result.Detail, StringComparison.Ordinal);
        Assert.Equal("ATH0", result.Commands[^1]);
    }

    [Fact]
    public async Task An_ECM_burst_that_brings_only_flags_ends_the_call_with_no_page_claimed()
    {
        var settings = FakeModemLine.QuickSettings with { PageTimeout = new Class1ModemSettings().PageTimeout, PageDataStallTimeout = StallLimit };
        await using var line = await FakeModemLine.OpenAsync(settings);
        var dcs = Dcs with { ErrorCorrection = true, Coding = ImageCoding.MMR };
        var calls = new Queue<byte[]>([Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 2"), final: false), Frame(FacsimileControlField.DCS, dcs.Encode())]);
        var receptions = 0;
        line.Fake
            .On("ATA", async m => await m.AcceptFramesAsync())
            .On("AT+FRH=3", m => calls.TryDequeue(out var frame) ? m.SendReceivedFrameAsync(frame) : Task.CompletedTask)
            .On("AT+FTH=3", async m => await m.AcceptFramesAsync())
            .On("AT+FRM=96", async m =>
            {
                if (++receptions == 1)
                {
                    await m.SendReceivedDataAsync(new byte[1800]);
                    return;
                }

                // The caller's transmitter ran dry at once: HDLC flags and nothing else, until the receiver gives up.
                await m.SendAsync("\r\nCONNECT\r\n"u8.ToArray());
                var abort = m.ReadByteAsync();
                while (!abort.IsCompleted)
                {
                    await m.SendAsync(Enumerable.Repeat((byte)0x7E, 60).ToArray());
                    await Task.WhenAny(abort, Task.Delay(50));
                }

                await m.SendAsync([Dle.DataLinkEscape, Dle.EndOfText, .. "\r\nOK\r\n"u8]);
            });
        var options = new FaxLineOptions
        {
            Modem = settings, ProbeModem = false, WaitForCall = TimeSpan.FromSeconds(30),
            Capabilities = new T30Capabilities { ErrorCorrection = true, T6Coding = true },
        };
        var receiving = new Class1Fax().ReceiveAsync(line.Port, options, null, CancellationToken.None);
        await line.Fake.WaitForCommandAsync("AT+FCLASS=1");
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        var result = await receiving.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(Class1CallOutcome.SessionFailed, result.Outcome);
        Assert.Equal(T30Error.LineDropped, result.Error);
        Assert.Contains("page 1 was not received whole", result.Detail, StringComparison.Ordinal);
        Assert.Contains("no ECM frame", result.Detail, StringComparison.Ordinal);
        Assert.Empty(result.Pages);
        Assert.Equal("ATH0", line.Fake.Commands.Last());
    }

    private static void AssertFirstPageKeptSecondNotClaimed(Class1CallResult result)
    {
        Assert.Equal(Class1CallOutcome.SessionFailed, result.Outcome);
        Assert.Equal(T30Error.LineDropped, result.Error);
        Assert.Contains("page 2 was not received whole", result.Detail, StringComparison.Ordinal);
        var page = Assert.Single(result.Pages);
        Assert.Equal((1, PageOutcome.Confirmed), (page.PageNumber, page.Outcome));
        Assert.True(Assert.Single(result.ReceivedPages).PixelsEqual(TestDocuments.SparsePage()));
        Assert.Equal(1, result.Session!.PagesTransferred);
    }

    /// <summary>A caller sends TSI/DCS, TCF, page 1 and MPS, then page 2 goes as <paramref name="secondPage"/> says.</summary>
    private static async Task<(Class1CallResult Result, List<string> Commands)> ReceiveTwoPagesAsync(Func<ScriptedModem, byte[], Task> secondPage)
    {
        var settings = FakeModemLine.QuickSettings with { PageTimeout = new Class1ModemSettings().PageTimeout, PageDataStallTimeout = StallLimit };
        await using var line = await FakeModemLine.OpenAsync(settings);
        var calls = new Queue<byte[]>(
        [
            Frame(FacsimileControlField.TSI, SubscriberIdentification.Encode("+44 2"), final: false),
            Frame(FacsimileControlField.DCS, Dcs.Encode()),
            Frame(FacsimileControlField.MPS),
        ]);
        var pageData = new FaxPageSource([TestDocuments.SparsePage()]).GetPageData(0, Dcs).ToArray();
        var receptions = 0;
        line.Fake
            .On("ATA", async m => await m.AcceptFramesAsync())
            .On("AT+FRH=3", m => calls.TryDequeue(out var frame) ? m.SendReceivedFrameAsync(frame) : Task.CompletedTask)
            .On("AT+FTH=3", async m => await m.AcceptFramesAsync())
            .On("AT+FRM=96", m => ++receptions switch
            {
                1 => m.SendReceivedDataAsync(new byte[1800]),
                2 => m.SendReceivedDataAsync(pageData),
                _ => secondPage(m, pageData[..(pageData.Length / 2)]),
            });
        var options = new FaxLineOptions { Modem = settings, ProbeModem = false, WaitForCall = TimeSpan.FromSeconds(30) };
        var receiving = new Class1Fax().ReceiveAsync(line.Port, options, null, CancellationToken.None);
        await line.Fake.WaitForCommandAsync("AT+FCLASS=1");
        await Task.Delay(200);
        await line.Fake.SendLinesAsync("RING");

        // A guard, not a measurement: without the stall limit the call would wait for the 10-minute page deadline.
        var result = await receiving.WaitAsync(TimeSpan.FromMinutes(2));
        return (result, [.. line.Fake.Commands]);
    }

    private static byte[] Frame(FacsimileControlField fcf, byte[]? fif = null, bool final = true) =>
        new T30Frame(fcf, fif ?? [], true, final).ToBytesWithFcs();
}
