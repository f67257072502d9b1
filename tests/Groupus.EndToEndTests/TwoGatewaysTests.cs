using Groupus.Api.Grpc.Fax.V1;
using Groupus.EndToEndTests.Support;
using Groupus.Fax.Imaging.Tiff;
using Groupus.TestSupport.FaxPeers;
using Xunit.Abstractions;

namespace Groupus.EndToEndTests;

/// <summary>Two gateway processes with idle lines and one job.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class TwoGatewaysTests(ITestOutputHelper output)
{
    private const string SecondNumber = "020 7946 0501";

    /// <summary>
    /// Each gateway has one of the iaxmodem pair's devices, so whichever line the job goes to dials the other one:
    /// the other gateway answers, and the fax comes back to the core as a received fax, which proves the call.
    /// </summary>
    [Fact]
    public async Task One_job_is_dialled_by_exactly_one_of_two_idle_gateways_and_the_other_answers_it()
    {
        await using var lab = await FaxLab.StartAsync(output);
        await lab.AssignFaxNumberAsync(SecondNumber);
        GatewayProcess[] gateways =
        [
            await lab.StartGatewayAsync("gateway-a", await lab.IssueGatewayCredentialAsync("gateway-a"), IaxModemPair.DeviceA, "line-a", FaxLab.FaxNumber),
            await lab.StartGatewayAsync("gateway-b", await lab.IssueGatewayCredentialAsync("gateway-b"), IaxModemPair.DeviceB, "line-b", SecondNumber),
        ];
        var pdf = await TestDocuments.PdfAsync(1);
        var expected = Assert.Single(await TestDocuments.StandardFaxPagesAsync(pdf));

        // Both lines reset their modems when they began to listen; iaxmodem refuses calls for 5 s after that.
        await Task.Delay(IaxModemPair.BusyOutAfterReset);
        var job = await lab.SubmitPdfAsync(pdf, to: "020 7946 0999");
        var done = await lab.WaitForJobAsync(job.JobId, j => j.State is FaxJobState.Done or FaxJobState.Failed, TimeSpan.FromMinutes(2));
        var fax = await lab.WaitForReceivedFaxAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FaxJobState.Done, done.State);
        var attempt = Assert.Single(done.Attempts);
        Assert.Equal((FaxCallOutcome.Success, 1, 1), (attempt.Outcome, attempt.PagesConfirmed, done.Tries));
        var dialler = Assert.Single(gateways, gateway => gateway.StartedJob(job.JobId));
        var answerer = Assert.Single(gateways, gateway => gateway != dialler);
        Assert.DoesNotContain("job ", answerer.Output, StringComparison.Ordinal);
        Assert.Equal((answerer.LineName, 1), (fax.LineId, fax.PageCount));
        var received = Assert.Single(FaxTiffReader.Read(new MemoryStream(await lab.DownloadReceivedFaxAsync(fax.FaxId))));
        var differing = PageComparison.DifferingRows(expected, received);
        Assert.True(
            differing.Count == 0 && received.Height == expected.Height,
            $"the answering gateway received {PageComparison.Describe(received)}, Ghostscript drew {PageComparison.Describe(expected)}; rows that differ: {PageComparison.Describe(differing)}");
    }
}
