using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>
/// The gateway's Class 1 driver against efax through two iaxmodems on loopback (packages iaxmodem, efax).
/// A sparse standard page takes about 20 s each way.
/// </summary>
[Collection(RealPeerCollection.Name)]
public sealed class EfaxInteroperabilityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromMinutes(6);

    // DiagnosticCommandsWithRealPeersTests.Probe_and_send_through_the_class_1_driver_deliver_a_page_to_efax makes the
    // same call (the same page, through the same Class 1 driver, from the command line) with the same checks, in the
    // default run; this copy runs with the long tests.
    [Fact]
    [Trait("Category", "Long")]
    public async Task A_sparse_standard_page_sent_by_the_gateway_reaches_efax_pixel_for_pixel()
    {
        var page = TestDocuments.SparsePage();
        var received = await SendToEfaxAsync([page]);

        var only = Assert.Single(received);
        var differing = PageComparison.DifferingRows(page, only);
        Assert.True(
            differing.Count == 0 && only.Height == page.Height,
            $"efax wrote {PageComparison.Describe(only)}, sent {PageComparison.Describe(page)}; rows that differ: {PageComparison.Describe(differing)}");
    }

    // A_standard_page_of_2600_rows_sent_by_efax_is_received_whole_not_cut_at_2000 makes the same call with a longer
    // standard page and the same pixel check, in the default run; this shorter one runs with the long tests.
    [Fact]
    [Trait("Category", "Long")]
    public async Task A_sparse_standard_page_sent_by_efax_is_received_by_the_gateway_below_efaxs_header()
    {
        var page = TestDocuments.SparsePage();
        var result = await ReceiveFromEfaxAsync([page]);

        var only = Assert.Single(result.ReceivedPages);
        var differing = PageComparison.DifferingRowsBelowBand(page, only, EfaxHeaderRows(page), out var shift);
        Assert.True(
            differing.Count == 0,
            $"received {PageComparison.Describe(only)}, sent {PageComparison.Describe(page)}; rows that differ below efax's header (page shifted {shift} rows): {PageComparison.Describe(differing)}");
    }

    [Fact]
    public async Task A_standard_page_of_2600_rows_sent_by_efax_is_received_whole_not_cut_at_2000()
    {
        var page = TestDocuments.LongPage();
        var result = await ReceiveFromEfaxAsync([page]);

        var only = Assert.Single(result.ReceivedPages);
        Assert.True(only.Height >= page.Height, $"received {PageComparison.Describe(only)}, sent {PageComparison.Describe(page)}");
        var differing = PageComparison.DifferingRowsBelowBand(page, only, EfaxHeaderRows(page), out var shift);
        Assert.True(
            differing.Count == 0,
            $"received {PageComparison.Describe(only)}, sent {PageComparison.Describe(page)}; rows that differ below efax's header (page shifted {shift} rows): {PageComparison.Describe(differing)}");
    }

    [Fact]
    [Trait("Category", "Long")]
    public async Task Two_dense_fine_pages_sent_by_the_gateway_reach_efax_pixel_for_pixel()
    {
        FaxPage[] pages = [TestDocuments.DensePage(1), TestDocuments.DensePage(2)];
        var received = await SendToEfaxAsync(pages);

        Assert.Equal(2, received.Count);
        for (var i = 0; i < pages.Length; i++)
        {
            var differing = PageComparison.DifferingRows(pages[i], received[i]);
            Assert.True(differing.Count == 0 && received[i].Height == pages[i].Height, $"page {i + 1}: rows that differ: {PageComparison.Describe(differing)}");
        }
    }

    [Fact]
    [Trait("Category", "Long")]
    public async Task Two_dense_fine_pages_sent_by_efax_are_received_by_the_gateway()
    {
        FaxPage[] pages = [TestDocuments.DensePage(3), TestDocuments.DensePage(4)];
        var result = await ReceiveFromEfaxAsync(pages);

        Assert.Equal(2, result.ReceivedPages.Count);
        for (var i = 0; i < pages.Length; i++)
        {
            var differing = PageComparison.DifferingRowsBelowBand(pages[i], result.ReceivedPages[i], EfaxHeaderRows(pages[i]), out var shift);
            Assert.True(differing.Count == 0, $"page {i + 1}: rows that differ below efax's header (page shifted {shift} rows): {PageComparison.Describe(differing)}");
        }
    }

    /// <summary>
    /// The band efax draws its header line in, at the top of each page it sends (seen: text in rows 5-11 at standard
    /// resolution, the page shifted down 6 rows and padded at the bottom): 24 rows standard, 48 fine.
    /// </summary>
    private static int EfaxHeaderRows(FaxPage sent) => sent.YResolution >= 150 ? 48 : 24;

    private async Task<IReadOnlyList<FaxPage>> SendToEfaxAsync(IReadOnlyList<FaxPage> pages)
    {
        using var directory = new TemporaryDirectory();
        using var pair = await IaxModemPair.StartAsync();
        using var efax = EfaxPeer.Receive(IaxModemPair.DeviceB, directory.File("received"), directory.Path);
        var progress = new ProgressLog(output);
        Class1CallResult result;
        try
        {
            // Dial only once efax has set up the modem: a RING during its set-up is lost ("unexpected response").
            await WaitForAsync(() => efax.Output.Contains("waiting for activity", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
            Assert.True(efax.Output.Contains("waiting for activity", StringComparison.Ordinal), "efax did not get ready to answer");
            await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceA), output);
            using var limit = new CancellationTokenSource(CallLimit);
            result = await new Class1Fax().SendAsync(port, "1002", pages, new FaxLineOptions { LocalIdentity = "+44 20 7946 0000" }, progress, limit.Token);
            await efax.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            output.WriteLine($"--- efax (receiving) ---\n{efax.Output}");
        }

        Assert.True(result.Success, $"{result} (T.30 {result.Error?.Code})");
        Assert.Equal(pages.Count, result.Pages.Count(p => p.Accepted));
        var files = Enumerable.Range(1, pages.Count).Select(n => directory.File($"received.{n:000}")).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), $"efax did not write {f}"));
        return files.Select(f => Assert.Single(FaxTiffReader.Read(f))).ToList();
    }

    private async Task<Class1CallResult> ReceiveFromEfaxAsync(IReadOnlyList<FaxPage> pages)
    {
        using var directory = new TemporaryDirectory();
        var files = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            files.Add(directory.File($"page.{i + 1:000}"));
            FaxTiffWriter.Write(files[^1], [pages[i]]);
        }

        using var pair = await IaxModemPair.StartAsync();
        await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceB), output);
        using var limit = new CancellationTokenSource(CallLimit);
        var options = new FaxLineOptions { LocalIdentity = "+44 20 7946 0001", WaitForCall = TimeSpan.FromSeconds(60) };
        var progress = new ProgressLog(output);
        var receiving = new Class1Fax().ReceiveAsync(port, options, progress, limit.Token);
        await Task.WhenAny(progress.WaitingForCall, receiving);

        // iaxmodem busies itself out (rejects calls, the caller sees NO DIALTONE) for 5 s after ATZ or ATH0.
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        using var efax = EfaxPeer.Send(IaxModemPair.DeviceA, directory.Path, [.. files]);
        Class1CallResult result;
        try
        {
            result = await receiving;
            await efax.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            output.WriteLine($"--- efax (sending) ---\n{efax.Output}");
        }

        Assert.True(result.Success, $"{result} (T.30 {result.Error?.Code})");
        return result;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
    }
}
