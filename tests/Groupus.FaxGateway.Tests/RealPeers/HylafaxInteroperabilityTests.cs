using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>The gateway's Class 1 driver against HylaFAX through two iaxmodems (packages iaxmodem, hylafax-server, hylafax-client).</summary>
[Collection(RealPeerCollection.Name)]
public sealed class HylafaxInteroperabilityTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_sparse_standard_page_sent_by_the_gateway_is_filed_by_HylaFAX_faxgetty_pixel_for_pixel() =>
        SendToFaxgettyAsync(new T30Capabilities());

    [Fact]
    public Task A_page_sent_by_the_gateway_with_ECM_and_MMR_is_filed_by_HylaFAX_faxgetty_pixel_for_pixel() =>
        SendToFaxgettyAsync(new T30Capabilities { ErrorCorrection = true, T6Coding = true });

    private async Task SendToFaxgettyAsync(T30Capabilities capabilities)
    {
        var page = TestDocuments.SparsePage();
        using var pair = await IaxModemPair.StartAsync();
        using var hylafax = await HylafaxPeer.StartReceiverAsync();
        Class1CallResult result;
        string? document;
        try
        {
            // faxgetty resets the modem when it starts; iaxmodem refuses calls for 5 s after that.
            await Task.Delay(IaxModemPair.BusyOutAfterReset);
            await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceA), output);
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            result = await new Class1Fax().SendAsync(
                port, "1002", [page], new FaxLineOptions { LocalIdentity = "+44 20 7946 0000", Capabilities = capabilities }, new ProgressLog(output), limit.Token);
            document = await hylafax.WaitForDocumentAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            output.WriteLine($"--- faxgetty ---\n{hylafax.Output}\n--- HylaFAX session log ---\n{hylafax.SessionLog}");
        }

        Assert.True(result.Success, $"{result} (T.30 {result.Error?.Code})");
        Assert.Equal(capabilities.ErrorCorrection, result.Parameters?.ErrorCorrection);
        Assert.NotNull(document);
        var received = Assert.Single(FaxTiffReader.Read(document));
        var differing = PageComparison.DifferingRows(page, received);
        Assert.True(
            differing.Count == 0 && received.Height == page.Height,
            $"HylaFAX filed {PageComparison.Describe(received)}, sent {PageComparison.Describe(page)}; rows that differ: {PageComparison.Describe(differing)}");
    }

    [Fact]
    public Task A_sparse_standard_page_queued_with_HylaFAX_sendfax_is_received_by_the_gateway() =>
        ReceiveFromSendfaxAsync(new T30Capabilities());

    [Fact]
    public Task A_page_queued_with_HylaFAX_sendfax_is_received_by_the_gateway_with_ECM() =>
        ReceiveFromSendfaxAsync(new T30Capabilities { ErrorCorrection = true, T6Coding = true });

    private async Task ReceiveFromSendfaxAsync(T30Capabilities capabilities)
    {
        var page = TestDocuments.SparsePage();
        using var directory = new TemporaryDirectory();
        var tiff = directory.File("page.tif");
        FaxTiffWriter.Write(tiff, [page]);
        using var pair = await IaxModemPair.StartAsync();
        await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceB), output);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var progress = new ProgressLog(output);
        var receiving = new Class1Fax().ReceiveAsync(
            port,
            new FaxLineOptions { LocalIdentity = "+44 20 7946 0002", WaitForCall = TimeSpan.FromMinutes(2), Capabilities = capabilities },
            progress,
            limit.Token);
        await Task.WhenAny(progress.WaitingForCall, receiving);
        using var hylafax = await HylafaxPeer.StartSenderAsync();
        Class1CallResult result;
        try
        {
            await Task.Delay(IaxModemPair.BusyOutAfterReset);
            await hylafax.QueueFaxAsync(tiff, "1002");
            result = await receiving;
        }
        finally
        {
            output.WriteLine($"--- HylaFAX ---\n{hylafax.Output}\n--- HylaFAX session log ---\n{hylafax.SessionLog}");
        }

        Assert.True(result.Success, $"{result} (T.30 {result.Error?.Code})");
        Assert.Equal(capabilities.ErrorCorrection, result.Parameters?.ErrorCorrection);
        var received = Assert.Single(result.ReceivedPages);
        var differing = PageComparison.DifferingRowsBelowBand(page, received, HylafaxTagLineRows, out var shift);

        // HylaFAX sent one row fewer than the TIFF holds (seen: 1142 of 1143); a missing white last row is not a defect.
        var missingWhiteTail = differing.Where(y => y + shift >= received.Height && !page.GetRow(y).ContainsAnyExcept((byte)0)).ToList();
        Assert.InRange(missingWhiteTail.Count, 0, 2);
        differing = differing.Except(missingWhiteTail).ToList();
        Assert.True(
            differing.Count == 0,
            $"received {PageComparison.Describe(received)}, sent {PageComparison.Describe(page)}; rows that differ below HylaFAX's tag line (shift {shift}): {PageComparison.Describe(differing)}");
    }

    /// <summary>HylaFAX images its tag line ("From …|…|Page 1 of 1") over the top of each page it sends.</summary>
    private const int HylafaxTagLineRows = 40;
}
