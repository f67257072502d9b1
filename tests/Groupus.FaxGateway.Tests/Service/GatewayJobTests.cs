using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Service;
using Groupus.FaxGateway.Tests.Imaging;

namespace Groupus.FaxGateway.Tests.Service;

public sealed class GatewayJobTests
{
    [Fact]
    public async Task A_two_page_job_assigned_by_the_core_is_sent_with_its_progress_and_its_end_reported()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        var register = (await scenario.Core.WaitForAsync(message => message.Register is not null)).Register;
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();

        var job = await scenario.AssignAsync("job-1", firstPage: 1, pageCount: 2);

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        var received = await farEnd;
        Assert.Equal(CallOutcome.Success, finished.Outcome);
        Assert.Equal(string.Empty, finished.ErrorCode);
        Assert.Equal(job.LeaseId, finished.LeaseId);
        Assert.Equal([1, 2], finished.Pages.Select(page => page.PageNumber));
        Assert.All(finished.Pages, page => Assert.True(page.Confirmed));
        Assert.NotEqual(string.Empty, finished.RemoteId);
        Assert.True(finished.CallTime.ToTimeSpan() > TimeSpan.Zero);

        var progress = scenario.Core.MessagesOfJob(job.JobId).TakeWhile(message => message.JobFinished is null).Select(message => message.JobProgress).ToList();
        Assert.Equal(CallPhase.Dialling, progress[0].Phase);
        Assert.Contains(progress, step => step.Phase == CallPhase.Transferring && step.PageNumber == 2);
        Assert.Equal([1, 2], progress.Where(step => step.Page is not null).Select(step => step.Page.PageNumber));
        Assert.All(progress, step => Assert.Equal(job.LeaseId, step.LeaseId));

        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        Assert.Equal("+44 20 7946 0009", received.RemoteIdentity);
        Assert.True(received.Pages[0].Image!.PixelsEqual(ServiceScenario.Document[0]));
        Assert.True(received.Pages[1].Image!.PixelsEqual(ServiceScenario.Document[1]));

        var line = Assert.Single(register.Lines);
        Assert.Equal(GatewayUnderTest.LineName, line.LineId);
        Assert.Equal("+442079460001", line.Number);
        Assert.Equal("2.0", line.FaxClass);
        Assert.True(line.CanSend && line.CanReceive);
        var states = scenario.Core.Messages.Select(entry => entry.Message.LineState).OfType<LineState>().Select(state => state.Status).ToList();
        Assert.Equal([LineStatus.Idle, LineStatus.Busy, LineStatus.Idle], states.Where(status => status != LineStatus.OutOfService).CollapseRuns());
    }

    [Fact]
    public async Task A_job_resumed_from_page_two_sends_only_page_two_and_numbers_it_as_page_two()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();

        var job = await scenario.AssignAsync("job-resumed", firstPage: 2, pageCount: 2);

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        var received = await farEnd;
        Assert.Equal(CallOutcome.Success, finished.Outcome);
        Assert.Equal(2, Assert.Single(finished.Pages).PageNumber);
        var page = Assert.Single(received.Pages);
        Assert.True(page.Image!.PixelsEqual(ServiceScenario.Document[1]));
        Assert.All(scenario.Core.MessagesOfJob(job.JobId).Select(message => message.JobProgress).OfType<JobProgress>().Where(step => step.Page is not null),
            step => Assert.Equal(2, step.Page.PageNumber));
    }

    [Fact]
    public async Task A_cancelled_job_stops_after_the_page_on_the_line_and_is_reported_cancelled()
    {
        var gate = new FarEndGate(holdAtPage: 1);
        await using var scenario = await ServiceScenario.StartAsync(gate);
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();
        var job = await scenario.AssignAsync("job-cancelled", firstPage: 1, pageCount: 3);
        await gate.Held;

        await scenario.Core.SendAsync(new CoreMessage { CancelJob = new CancelJob { JobId = job.JobId, LeaseId = job.LeaseId } });
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob?.StopReason == JobStopReason.Cancelled, "the line has the cancellation");
        gate.Release();

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        Assert.Equal(CallOutcome.Cancelled, finished.Outcome);
        var page = Assert.Single(finished.Pages);
        Assert.Equal(1, page.PageNumber);
        Assert.True(page.Confirmed);
        var received = await farEnd;
        Assert.Single(received.Pages, copy => copy.Accepted);
        Assert.NotEqual(FaxCallOutcome.Success, received.Outcome);
    }

    [Fact]
    public async Task A_job_for_a_line_the_gateway_does_not_have_is_refused_at_once_as_a_local_failure()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        await scenario.WaitForIdleLineAsync();

        var job = await scenario.AssignAsync("job-elsewhere", firstPage: 1, pageCount: 1, lineId: "no-such-line");

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        Assert.Equal(CallOutcome.LocalFailure, finished.Outcome);
        Assert.Equal(job.LeaseId, finished.LeaseId);
    }

    [Fact]
    public async Task A_document_that_is_not_the_one_announced_ends_the_job_as_a_local_failure_without_dialling()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        await scenario.WaitForIdleLineAsync();
        scenario.Core.Documents["job-bad-document"] = [1, 2, 3];
        await scenario.Core.AssignAsync(new AssignJob
        {
            JobId = "job-bad-document", LeaseId = "lease-x", LineId = GatewayUnderTest.LineName, Number = ServiceScenario.FarEndE164,
            FirstPage = 1, PageCount = 1, DocumentBytes = 3, DocumentSha256 = new string('0', 64),
        });

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == "job-bad-document")).JobFinished;
        Assert.Equal(CallOutcome.LocalFailure, finished.Outcome);
        Assert.Contains("SHA-256", finished.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Core.MessagesOfJob("job-bad-document"), message => message.JobProgress?.Phase == CallPhase.Dialling);
    }

    [Fact]
    public async Task A_document_with_a_damaged_page_ends_the_job_as_a_local_failure_naming_the_page_without_dialling()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        await scenario.WaitForIdleLineAsync();
        var document = DamagedTiffs.CorruptedInStrip(DamagedTiffs.Write(ServiceScenario.Document.Take(2).ToList()), pageNumber: 2);
        scenario.Core.Documents["job-damaged"] = document;
        await scenario.Core.AssignAsync(new AssignJob
        {
            JobId = "job-damaged", LeaseId = "lease-damaged", LineId = GatewayUnderTest.LineName, Number = ServiceScenario.FarEndE164,
            FirstPage = 1, PageCount = 2, DocumentBytes = document.Length,
            DocumentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)),
        });

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == "job-damaged")).JobFinished;
        Assert.Equal(CallOutcome.LocalFailure, finished.Outcome);
        Assert.Contains("Page 2: ", finished.Detail, StringComparison.Ordinal);
        Assert.Empty(finished.Pages);
        Assert.DoesNotContain(scenario.Core.MessagesOfJob("job-damaged"), message => message.JobProgress?.Phase == CallPhase.Dialling);
    }

    [Fact]
    public async Task A_successful_try_reports_no_error_and_each_page_confirmed_with_its_rows()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();

        var job = await scenario.AssignAsync("job-clean", firstPage: 1, pageCount: 2);

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        await farEnd;
        Assert.Equal(CallOutcome.Success, finished.Outcome);
        Assert.Equal((string.Empty, string.Empty), (finished.ErrorCode, finished.Detail));
        Assert.All(finished.Pages, page => Assert.Equal((PageDisposition.Confirmed, 160), (page.Disposition, page.Rows)));
    }

    [Fact]
    public async Task A_far_end_that_hangs_up_during_page_2_leaves_page_2_attempted_in_what_the_core_is_told()
    {
        var page1 = Math.Max(EncodedBytes(ServiceScenario.Document[0], FaxEncoding.Mh), EncodedBytes(ServiceScenario.Document[0], FaxEncoding.Mr));
        var bothPages = Math.Min(
            EncodedBytes(ServiceScenario.Document[0], FaxEncoding.Mh) + EncodedBytes(ServiceScenario.Document[1], FaxEncoding.Mh),
            EncodedBytes(ServiceScenario.Document[0], FaxEncoding.Mr) + EncodedBytes(ServiceScenario.Document[1], FaxEncoding.Mr));
        var hangUpAfter = page1 + 100;
        Assert.True(hangUpAfter < bothPages - 100, $"the far end must hang up inside page 2 ({page1} / {bothPages} bytes)");
        await using var scenario = await ServiceScenario.StartAsync(farEndModem: new Class2ModemEmulatorOptions { HangUpAfterPageBytes = hangUpAfter });
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();

        var job = await scenario.AssignAsync("job-cut", firstPage: 1, pageCount: 3);

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        await farEnd;
        Assert.Equal(CallOutcome.Partial, finished.Outcome);
        Assert.NotEqual(string.Empty, finished.Detail);
        Assert.Equal(
            [(1, true, PageDisposition.Confirmed), (2, false, PageDisposition.Attempted)],
            finished.Pages.Select(page => (page.PageNumber, page.Confirmed, page.Disposition)));
        Assert.Equal(string.Empty, finished.Pages[1].Verdict);
    }

    private static int EncodedBytes(FaxPage page, FaxEncoding encoding) =>
        FaxPageCodec.Encode(page, FaxEncoderOptions.ForT30(encoding, FaxPageWidth.A4, FaxVerticalResolution.Standard, 14400, 0)).Length;
}
