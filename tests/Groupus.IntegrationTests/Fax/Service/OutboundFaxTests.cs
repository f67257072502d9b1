using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>Outbound faxes from submission to the last confirmed page, with a gateway played over the real link.</summary>
public sealed class OutboundFaxTests
{
    [Fact]
    public async Task A_submitted_pdf_is_leased_to_an_idle_line_and_done_when_every_page_is_confirmed()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");

        var job = await customer.SendPdfAsync(pages: 2);
        var assignment = await gateway.NextAssignmentAsync();
        var document = await gateway.FetchDocumentAsync(assignment);

        Assert.Equal(FaxJobState.Ready, job.State);
        Assert.Equal(2, job.PageCount);
        Assert.Equal("+442079460123", job.To);
        Assert.Equal(job.JobId, assignment.JobId);
        Assert.Equal("+442079460123", assignment.Number);
        Assert.Equal((1, 2, "l1"), (assignment.FirstPage, assignment.PageCount, assignment.LineId));
        Assert.Equal(assignment.DocumentBytes, document.Length);
        Assert.Equal(assignment.DocumentSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)));
        Assert.Equal("II*\0"u8.ToArray(), document[..4]);

        await gateway.ProgressAsync(assignment, CallPhase.Transferring, 1);
        var active = await customer.WaitForAsync(job.JobId, j => j.Phase == FaxCallPhase.Transferring);
        await gateway.ProgressAsync(assignment, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await gateway.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1), FakeGateway.Confirmed(2));
        var done = await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Done);

        Assert.Equal((FaxJobState.Active, 1), (active.State, active.CurrentPage));
        Assert.Equal(2, done.PagesConfirmed);
        Assert.All(done.Pages, page => Assert.True(page.Confirmed && page.BitRate == 14400 && page.Ecm));
        Assert.Equal(FaxCallOutcome.Success, Assert.Single(done.Attempts).Outcome);
        Assert.Equal("+44 20 7946 0999", done.RemoteId);
        Assert.Equal(1, done.Tries);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM fax_outbox WHERE Type LIKE '%FaxCompleted%'"));
    }

    [Fact]
    public async Task Watching_a_job_streams_every_change_made_by_the_gateway_until_it_ends()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        var job = await customer.SendPdfAsync(pages: 2);
        using var watch = customer.Fax.WatchFaxJob(new GetFaxJobRequest { JobId = job.JobId }, customer.Headers);
        Assert.True(await watch.ResponseStream.MoveNext(CancellationToken.None));
        var seen = new List<FaxJob> { watch.ResponseStream.Current };

        await gateway.IdleAsync("l1");
        var assignment = await gateway.NextAssignmentAsync();
        await gateway.ProgressAsync(assignment, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await customer.WaitForAsync(job.JobId, j => j.PagesConfirmed == 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await gateway.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1), FakeGateway.Confirmed(2));
        while (await watch.ResponseStream.MoveNext(CancellationToken.None))
        {
            seen.Add(watch.ResponseStream.Current);
        }

        Assert.Equal(FaxJobState.Ready, seen[0].State);
        Assert.Contains(seen, j => j.State == FaxJobState.Active && j.PagesConfirmed == 1);
        Assert.Equal((FaxJobState.Done, 2), (seen[^1].State, seen[^1].PagesConfirmed));
    }

    [Fact]
    public async Task A_failed_try_is_retried_from_the_first_unconfirmed_page_and_no_page_is_counted_twice()
    {
        await using var server = await TestServer.StartAsync(settings: "Fax:ProtocolErrorRetry=00:00:00");
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");
        var job = await customer.SendPdfAsync(pages: 3);

        var first = await gateway.NextAssignmentAsync();
        await gateway.ProgressAsync(first, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await gateway.FinishAsync(first, CallOutcome.Partial, FakeGateway.Confirmed(1), new PageResult { PageNumber = 2, Verdict = "RTN", BitRate = 9600 });
        await gateway.IdleAsync("l1");
        var second = await gateway.NextAssignmentAsync();
        await gateway.FinishAsync(second, CallOutcome.Success, FakeGateway.Confirmed(2), FakeGateway.Confirmed(3));
        var done = await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Done);

        Assert.Equal(2, second.FirstPage);
        Assert.NotEqual(first.LeaseId, second.LeaseId);
        Assert.Equal(3, done.PagesConfirmed);
        Assert.Equal([1, 2], done.Attempts.Select(a => a.FirstPage));
        Assert.Equal([1, 2], done.Attempts.Select(a => a.PagesConfirmed));
        Assert.Equal(FaxCallOutcome.Partial, done.Attempts[0].Outcome);
        Assert.Equal(2, done.Tries);
    }

    [Fact]
    public async Task A_page_that_went_out_without_a_verdict_is_recorded_as_sent_and_not_confirmed_and_sent_again()
    {
        await using var server = await TestServer.StartAsync(settings: "Fax:ProtocolErrorRetry=00:00:00");
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");
        var job = await customer.SendPdfAsync(pages: 2);

        var first = await gateway.NextAssignmentAsync();
        await gateway.FinishAsync(first, CallOutcome.Partial, FakeGateway.Confirmed(1),
            new PageResult { PageNumber = 2, Verdict = string.Empty, BitRate = 14400, Disposition = PageDisposition.Attempted, Rows = 1143 });
        var afterFirst = await customer.WaitForAsync(job.JobId, j => j.Attempts.Count == 1 && j.Pages[1].Sent);

        Assert.False(afterFirst.Pages[1].Confirmed);
        Assert.Equal("sent, not confirmed: the call ended before the receiver answered", afterFirst.Pages[1].Error);
        await gateway.IdleAsync("l1");
        Assert.Equal(2, (await gateway.NextAssignmentAsync()).FirstPage);
    }

    [Fact]
    public async Task When_the_gateway_disappears_the_lease_lapses_and_another_gateway_resumes_the_job()
    {
        await using var server = await TestServer.StartAsync(settings: ["Fax:LeaseDuration=00:00:02", "Fax:HeartbeatInterval=00:00:01"]);
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var lost = await FakeGateway.ConnectAsync(server, admin, "gw-lost", FakeGateway.Line("a1"));
        await lost.IdleAsync("a1");
        var job = await customer.SendPdfAsync(pages: 2);
        var first = await lost.NextAssignmentAsync();
        await lost.ProgressAsync(first, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await customer.WaitForAsync(job.JobId, j => j.PagesConfirmed == 1);
        await lost.DropAsync();

        await using var standby = await FakeGateway.ConnectAsync(server, admin, "gw-standby", FakeGateway.Line("b1"));
        await standby.IdleAsync("b1");
        var second = await standby.NextAssignmentAsync();
        var lapsed = await customer.WaitForAsync(job.JobId, j => j.Attempts.Count == 2);

        // The lost gateway comes back still claiming its old lease: it is told the lease is gone.
        await using var back = lost.Reopen();
        await back.ConnectAsync([FakeGateway.Line("a1")], [new ActiveJob { JobId = first.JobId, LeaseId = first.LeaseId, LineId = "a1" }]);
        var leaseLost = (await back.NextAsync(CoreMessage.MessageOneofCase.LeaseLost))?.LeaseLost;
        await back.ProgressAsync(first, CallPhase.PostPage, 2, FakeGateway.Confirmed(2));
        var staleProgress = (await back.NextAsync(CoreMessage.MessageOneofCase.LeaseLost))?.LeaseLost;
        await standby.FinishAsync(second, CallOutcome.Success, FakeGateway.Confirmed(2));
        var done = await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Done);

        Assert.Equal(2, second.FirstPage);
        Assert.Equal(FaxCallOutcome.GatewayLost, lapsed.Attempts[0].Outcome);
        Assert.Equal(first.LeaseId, leaseLost?.LeaseId);
        Assert.Equal(first.LeaseId, staleProgress?.LeaseId);
        Assert.Equal(2, done.PagesConfirmed);
        Assert.Equal(1, done.Tries);
    }

    [Fact]
    public async Task A_gateway_that_restarts_without_a_job_it_held_gives_it_back_at_once_and_it_resumes_from_the_first_unconfirmed_page()
    {
        // The default lease (60 s) is far longer than the test waits: only the new Register can free the job.
        await using var server = await TestServer.StartAsync(settings: ["Fax:HeartbeatInterval=00:00:01", "Fax:ProtocolErrorRetry=00:00:00"]);
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var crashed = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("a1"));
        await crashed.IdleAsync("a1");
        var job = await customer.SendPdfAsync(pages: 2);
        var first = await crashed.NextAssignmentAsync();
        await crashed.ProgressAsync(first, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await customer.WaitForAsync(job.JobId, j => j.PagesConfirmed == 1);
        await crashed.DropAsync();

        // The same gateway, restarted: it knows nothing of the job and keeps its link alive with heartbeats.
        await using var restarted = crashed.Reopen();
        await restarted.ConnectAsync([FakeGateway.Line("a1")], []);
        await restarted.SendAsync(new GatewayMessage { Heartbeat = new Heartbeat() });
        await restarted.IdleAsync("a1");
        var second = await restarted.NextAssignmentAsync();
        await restarted.FinishAsync(second, CallOutcome.Success, FakeGateway.Confirmed(2));
        var done = await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Done);

        Assert.Equal((job.JobId, 2), (second.JobId, second.FirstPage));
        Assert.Equal([FaxCallOutcome.GatewayLost, FaxCallOutcome.Success], done.Attempts.Select(a => a.Outcome));
        Assert.Equal(2, done.PagesConfirmed);
    }

    [Fact]
    public async Task Two_gateways_with_idle_lines_and_one_job_only_one_line_gets_it()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var one = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await using var two = await FakeGateway.ConnectAsync(server, admin, "gw-2", FakeGateway.Line("l1"));
        await one.IdleAsync("l1");
        await two.IdleAsync("l1");

        await customer.SendPdfAsync(pages: 1);
        var assignments = await Task.WhenAll(
            one.NextAsync(CoreMessage.MessageOneofCase.AssignJob, TimeSpan.FromSeconds(5)),
            two.NextAsync(CoreMessage.MessageOneofCase.AssignJob, TimeSpan.FromSeconds(5)));

        Assert.Single(assignments, a => a is not null);
    }

    [Fact]
    public async Task Jobs_to_the_same_number_go_one_at_a_time_and_the_most_urgent_first()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var normal = await customer.SendPdfAsync(pages: 1, to: "020 7946 0111");
        var sameNumber = await customer.SendPdfAsync(pages: 1, to: "020 7946 0111", priority: 5);
        var urgent = await customer.SendPdfAsync(pages: 1, to: "020 7946 0222", priority: 9);
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"), FakeGateway.Line("l2"), FakeGateway.Line("l3"));
        await gateway.IdleAsync("l1");
        var first = await gateway.NextAssignmentAsync();
        await gateway.IdleAsync("l2");
        var second = await gateway.NextAssignmentAsync();
        await gateway.IdleAsync("l3");
        var none = await gateway.NextAsync(CoreMessage.MessageOneofCase.AssignJob, TimeSpan.FromSeconds(3));

        Assert.Equal(urgent.JobId, first.JobId);
        Assert.Equal(sameNumber.JobId, second.JobId);
        Assert.Null(none);
        Assert.Equal(FaxJobState.Ready, (await customer.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = normal.JobId }, customer.Headers)).State);
    }

    [Fact]
    public async Task Cancelling_an_active_job_tells_its_gateway_and_ends_it_when_the_call_ends()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");
        var job = await customer.SendPdfAsync(pages: 2);
        var assignment = await gateway.NextAssignmentAsync();

        var cancelling = await customer.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, customer.Headers);
        var order = (await gateway.NextAsync(CoreMessage.MessageOneofCase.CancelJob))!.CancelJob;
        await gateway.FinishAsync(assignment, CallOutcome.Cancelled, FakeGateway.Confirmed(1));
        var cancelled = await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Cancelled);
        var again = await RpcFailure.Of(() => customer.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, customer.Headers));

        Assert.Equal(FaxJobState.Active, cancelling.State);
        Assert.Equal((assignment.JobId, assignment.LeaseId), (order.JobId, order.LeaseId));
        Assert.Equal(1, cancelled.PagesConfirmed);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal("FAX_JOB_FINISHED", again.Reason);
    }
}
