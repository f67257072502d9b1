using Groupus.Api.Grpc.Fax.V1;
using Groupus.EndToEndTests.Support;
using Groupus.Fax.Imaging.Tiff;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.EndToEndTests;

/// <summary>The gateway process killed in the middle of a fax, and started again.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class GatewayCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_gateway_killed_after_page_1_is_confirmed_leaves_the_job_to_its_restart_which_sends_only_page_2()
    {
        await using var lab = await FaxLab.StartAsync(output);
        var credential = await lab.IssueGatewayCredentialAsync("gateway-1");
        var crashing = await lab.StartGatewayAsync("gateway", credential);
        var firstCall = await lab.EfaxReceiveAsync("first");
        var pdf = await TestDocuments.PdfAsync(2);
        var expected = await TestDocuments.StandardFaxPagesAsync(pdf);

        var job = await lab.SubmitPdfAsync(pdf);
        await lab.WaitForJobAsync(job.JobId, j => j.PagesConfirmed == 1 || j.State != FaxJobState.Active && j.State != FaxJobState.Ready, TimeSpan.FromMinutes(2));
        crashing.Kill();
        lab.Note("gateway killed (SIGKILL) with page 1 confirmed");
        var afterCrash = await lab.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = job.JobId }, lab.Customer.Headers);

        // efax would wait for page 2 for a long while: stop it and answer the next call with a fresh one. iaxmodem
        // refuses calls for 5 s after efax's hang-up.
        firstCall.Dispose();
        var secondCall = await lab.EfaxReceiveAsync("second");
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        var restarted = await lab.StartGatewayAsync("gateway", credential);
        var done = await lab.WaitForJobAsync(job.JobId, j => j.State is FaxJobState.Done or FaxJobState.Failed, TimeSpan.FromMinutes(2));
        await secondCall.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((FaxJobState.Active, 1), (afterCrash.State, afterCrash.PagesConfirmed));
        Assert.Equal(FaxJobState.Done, done.State);
        Assert.Equal((2, 2), (done.PageCount, done.PagesConfirmed));
        Assert.All(done.Pages, page => Assert.True(page.Confirmed, $"page {page.PageNumber} is not confirmed"));
        Assert.Equal([1, 2], done.Pages.Select(page => page.PageNumber));
        Assert.Equal(2, done.Attempts.Count);
        Assert.Equal((FaxCallOutcome.GatewayLost, 1, 1), (done.Attempts[0].Outcome, done.Attempts[0].FirstPage, done.Attempts[0].PagesConfirmed));
        Assert.Equal((FaxCallOutcome.Success, 2, 1), (done.Attempts[1].Outcome, done.Attempts[1].FirstPage, done.Attempts[1].PagesConfirmed));
        Assert.True(restarted.Output.Contains($"job {job.JobId} started, pages 2 to 2", StringComparison.Ordinal), "the restarted gateway did not send page 2 alone");

        // What efax received in each call: page 1 in the first (and the start of page 2, cut off by the crash, which
        // efax may have written as first.002), page 2 alone in the second.
        AssertReceived(lab, "first", expected[0], alone: false);
        AssertReceived(lab, "second", expected[1], alone: true);
    }

    private static void AssertReceived(FaxLab lab, string prefix, Groupus.Fax.Imaging.FaxPage expected, bool alone)
    {
        var file = Path.Combine(lab.Directory, $"{prefix}.001");
        Assert.True(File.Exists(file), $"efax wrote no page in its '{prefix}' call");
        Assert.False(alone && File.Exists(Path.Combine(lab.Directory, $"{prefix}.002")), $"efax received more than one page in its '{prefix}' call");
        var received = Assert.Single(FaxTiffReader.Read(file));
        var differing = PageComparison.DifferingRows(expected, received);
        Assert.True(
            differing.Count == 0 && received.Height == expected.Height,
            $"'{prefix}' call: efax received {PageComparison.Describe(received)}, Ghostscript drew {PageComparison.Describe(expected)}; rows that differ: {PageComparison.Describe(differing)}");
    }
}
