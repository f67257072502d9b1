using Groupus.Api.Grpc.Fax.V1;
using Groupus.EndToEndTests.Support;
using Groupus.Fax.Imaging.Tiff;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.EndToEndTests;

/// <summary>A customer's PDF through the core's API, the gateway process and the iaxmodem pair to efax.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class OutboundFaxTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_submitted_pdf_reaches_efax_pixel_for_pixel_as_ghostscript_renders_it_and_the_job_is_done()
    {
        await using var lab = await FaxLab.StartAsync(output);
        await lab.StartGatewayAsync("gateway", await lab.IssueGatewayCredentialAsync("gateway-1"));
        var efax = await lab.EfaxReceiveAsync("received");
        var pdf = await TestDocuments.PdfAsync(1);

        var job = await lab.SubmitPdfAsync(pdf);
        var done = await lab.WaitForJobAsync(job.JobId, j => j.State is FaxJobState.Done or FaxJobState.Failed or FaxJobState.Sleeping, TimeSpan.FromMinutes(2));
        await efax.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FaxJobState.Done, done.State);
        Assert.Equal((1, 1), (done.PageCount, done.PagesConfirmed));
        var attempt = Assert.Single(done.Attempts);
        Assert.Equal((FaxCallOutcome.Success, 1, 1), (attempt.Outcome, attempt.FirstPage, attempt.PagesConfirmed));
        var expected = Assert.Single(await TestDocuments.StandardFaxPagesAsync(pdf));
        var receivedFile = Path.Combine(lab.Directory, "received.001");
        Assert.True(File.Exists(receivedFile), "efax wrote no page");
        Assert.False(File.Exists(Path.Combine(lab.Directory, "received.002")), "efax received more than one page");
        var received = Assert.Single(FaxTiffReader.Read(receivedFile));
        var differing = PageComparison.DifferingRows(expected, received);
        Assert.True(
            differing.Count == 0 && received.Height == expected.Height,
            $"efax received {PageComparison.Describe(received)}, Ghostscript drew {PageComparison.Describe(expected)}; rows that differ: {PageComparison.Describe(differing)}");
    }
}
