using Groupus.Api.Grpc.Fax.V1;
using Groupus.EndToEndTests.Support;
using Groupus.Fax.Imaging.Tiff;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.EndToEndTests;

/// <summary>A fax efax sends to the gateway's line, stored by the core for the organisation owning the line's number.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class InboundFaxTests(ITestOutputHelper output)
{
    /// <summary>efax draws its header line in the top rows of each page it sends (24 rows at standard resolution).</summary>
    private const int EfaxHeaderRows = 24;

    [Fact]
    public async Task A_fax_efax_sends_to_the_organisations_number_is_downloaded_by_its_customer_with_the_pixels_sent()
    {
        await using var lab = await FaxLab.StartAsync(output);
        await lab.StartGatewayAsync("gateway", await lab.IssueGatewayCredentialAsync("gateway-1"));
        var page = Assert.Single(await TestDocuments.StandardFaxPagesAsync(await TestDocuments.PdfAsync(1)));
        var files = TestDocuments.WritePageFiles([page], lab.Directory);

        // The line reset its modem when it began to listen, and iaxmodem refuses calls for 5 s after a reset.
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        using var efax = lab.EfaxSend(files);
        Assert.True(await efax.WaitForExitAsync(TimeSpan.FromMinutes(2)), "efax did not finish sending");
        Assert.True(efax.ExitCode == 0, $"efax failed ({efax.ExitCode})");
        var fax = await lab.WaitForReceivedFaxAsync(TimeSpan.FromSeconds(30));
        var tiff = await lab.DownloadReceivedFaxAsync(fax.FaxId);

        Assert.Equal((lab.Customer.OrganisationId, FaxLab.FaxNumberE164, "line-a", 1), (fax.OrganisationId, fax.CalledNumber, fax.LineId, fax.PageCount));
        Assert.Equal("+1 1001", fax.RemoteId.Trim());
        var received = Assert.Single(FaxTiffReader.Read(new MemoryStream(tiff)));
        var differing = PageComparison.DifferingRowsBelowBand(page, received, EfaxHeaderRows, out var shift);
        Assert.True(
            differing.Count == 0,
            $"downloaded {PageComparison.Describe(received)}, sent {PageComparison.Describe(page)}; rows that differ below efax's header (page shifted {shift} rows): {PageComparison.Describe(differing)}");
    }
}
