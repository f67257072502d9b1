using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Service;

namespace Groupus.FaxGateway.Tests.Service;

public sealed class LinkOutageTests
{
    [Fact]
    public async Task A_call_goes_on_through_a_brief_link_outage_and_its_messages_arrive_in_order_after_reconnecting()
    {
        var gate = new FarEndGate(holdAtPage: 1);
        await using var scenario = await ServiceScenario.StartAsync(gate);
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();
        var job = await scenario.AssignAsync("job-outage", firstPage: 1, pageCount: 2);
        await gate.Held;

        scenario.Core.Available = false;
        scenario.Core.DropLink();
        await FakeCore.WaitUntilAsync(() => !scenario.Gateway!.Leases.IsRegistered, "the gateway has noticed the link is down");
        gate.Release();
        var received = await farEnd;
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob is null, "the job has ended on the line");
        var sessionsBefore = scenario.Core.Sessions;
        scenario.Core.Available = true;

        var finished = (await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId)).JobFinished;
        Assert.Equal(FaxCallOutcome.Success, received.Outcome);
        Assert.Equal(CallOutcome.Success, finished.Outcome);
        Assert.Equal([1, 2], finished.Pages.Select(page => page.PageNumber));
        var register = (await scenario.Core.WaitForAsync(message => message.Register is not null, sessionsBefore + 1)).Register;
        var active = Assert.Single(register.ActiveJobs);
        Assert.Equal((job.JobId, job.LeaseId, GatewayUnderTest.LineName), (active.JobId, active.LeaseId, active.LineId));

        var afterReconnect = scenario.Core.Messages.Where(entry => entry.Session > sessionsBefore).Select(entry => entry.Message)
            .Where(message => message.JobProgress?.JobId == job.JobId || message.JobFinished?.JobId == job.JobId).ToList();
        Assert.Contains(afterReconnect, message => message.JobProgress?.Page?.PageNumber == 2);
        Assert.NotNull(afterReconnect[^1].JobFinished);
        var verdicts = scenario.Core.MessagesOfJob(job.JobId).Select(message => message.JobProgress?.Page?.PageNumber).OfType<int>().ToList();
        Assert.Equal([1, 2], verdicts);
    }

    [Fact]
    public async Task A_call_is_abandoned_after_the_current_page_when_the_link_stays_down_longer_than_the_lease()
    {
        var gate = new FarEndGate(holdAtPage: 1);
        await using var scenario = await ServiceScenario.StartAsync(gate, lease: TimeSpan.FromSeconds(1.5));
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();
        var job = await scenario.AssignAsync("job-lapsed", firstPage: 1, pageCount: 3);
        await gate.Held;

        scenario.Core.Available = false;
        scenario.Core.DropLink();
        await FakeCore.WaitUntilAsync(() => !scenario.Gateway!.Leases.IsRegistered, "the gateway has noticed the link is down");
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob?.StopReason == JobStopReason.LeaseLapsed, "the lease has lapsed");
        gate.Release();

        var received = await farEnd;
        Assert.Single(received.Pages, page => page.Accepted);
        Assert.NotEqual(FaxCallOutcome.Success, received.Outcome);
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob is null, "the job has been dropped");
        var sessionsBefore = scenario.Core.Sessions;
        scenario.Core.Available = true;
        var register = (await scenario.Core.WaitForAsync(message => message.Register is not null, sessionsBefore + 1)).Register;
        Assert.Empty(register.ActiveJobs);
        await scenario.WaitForIdleLineAsync(sessionsBefore + 1);
        Assert.DoesNotContain(scenario.Core.Messages, entry => entry.Session > sessionsBefore && entry.Message.JobFinished is not null);
        Assert.DoesNotContain(scenario.Core.Messages, entry => entry.Message.JobFinished?.JobId == job.JobId);
    }

    [Fact]
    public async Task A_job_whose_lease_the_core_reports_lost_is_abandoned_after_the_current_page_without_a_report()
    {
        var gate = new FarEndGate(holdAtPage: 1);
        await using var scenario = await ServiceScenario.StartAsync(gate);
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();
        var job = await scenario.AssignAsync("job-lost", firstPage: 1, pageCount: 3);
        await gate.Held;

        await scenario.Core.SendAsync(new CoreMessage { LeaseLost = new LeaseLost { JobId = job.JobId, LeaseId = job.LeaseId } });
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob?.StopReason == JobStopReason.LeaseLost, "the line has heard");
        gate.Release();

        var received = await farEnd;
        Assert.Single(received.Pages, page => page.Accepted);
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.CurrentJob is null, "the job has been dropped");
        var busyAt = scenario.Core.Messages.ToList().FindLastIndex(entry => entry.Message.LineState?.Status == LineStatus.Busy);
        await FakeCore.WaitUntilAsync(
            () => scenario.Core.Messages.Skip(busyAt + 1).Any(entry => entry.Message.LineState?.Status == LineStatus.Idle), "the line is idle again");
        Assert.DoesNotContain(scenario.Core.Messages, entry => entry.Message.JobFinished?.JobId == job.JobId);
    }
}
