using Groupus.FaxGateway.Class1;
using Groupus.FaxGateway.Imaging.Tiff;
using Groupus.FaxGateway.Tests.Support;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>The gateway's Class 1 driver sending to HylaFAX faxgetty through two iaxmodems (packages iaxmodem, hylafax-server).</summary>
[Collection(RealPeerCollection.Name)]
public sealed class HylafaxInteroperabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_sparse_standard_page_sent_by_the_gateway_is_filed_by_HylaFAX_faxgetty_pixel_for_pixel()
    {
        var page = TestDocuments.SparsePage();
        using var pair = await IaxModemPair.StartAsync();
        using var hylafax = await HylafaxPeer.StartAsync();
        FaxCallResult result;
        string? document;
        try
        {
            // faxgetty resets the modem when it starts; iaxmodem refuses calls for 5 s after that.
            await Task.Delay(IaxModemPair.BusyOutAfterReset);
            await using var port = new TracingModemPort(IaxModemPair.Open(IaxModemPair.DeviceA), output);
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            result = await new Class1Fax().SendAsync(
                port, "1002", [page], new FaxLineOptions { LocalIdentity = "+44 20 7946 0000" }, new ProgressLog(output), limit.Token);
            document = await hylafax.WaitForDocumentAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            output.WriteLine($"--- faxgetty ---\n{hylafax.Output}\n--- HylaFAX session log ---\n{hylafax.SessionLog}");
        }

        Assert.True(result.Success, $"{result} (T.30 {result.Error?.Code})");
        Assert.NotNull(document);
        var received = Assert.Single(FaxTiffReader.Read(document));
        var differing = PageComparison.DifferingRows(page, received);
        Assert.True(
            differing.Count == 0 && received.Height == page.Height,
            $"HylaFAX filed {PageComparison.Describe(received)}, sent {PageComparison.Describe(page)}; rows that differ: {PageComparison.Describe(differing)}");
    }
}
