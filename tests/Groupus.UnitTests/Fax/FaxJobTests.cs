using Groupus.Domain.Common;
using Groupus.Domain.Fax;

namespace Groupus.UnitTests.Fax;

public sealed class FaxJobTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 17, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly Guid Gateway = Guid.NewGuid();

    [Fact]
    public void A_job_for_later_is_pending_until_its_time_and_due_from_then()
    {
        var job = Job(pages: 1, notBefore: Now.AddMinutes(30));

        Assert.Equal(FaxJobState.Pending, job.State);
        Assert.False(job.IsDueAt(Now));
        Assert.True(job.IsDueAt(Now.AddMinutes(30)));
        Assert.Equal("FAX_JOB_NOT_DUE", Assert.Throws<BusinessRuleBrokenException>(() => job.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now)).Rule.Code);
    }

    [Fact]
    public void A_verdict_repeated_in_progress_and_at_the_end_counts_once()
    {
        var job = Job(pages: 2);
        job.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);
        job.RecordProgress(FaxCallPhase.PostPage, 1, Confirmed(1), "remote", Lease, Now.AddSeconds(20));
        job.FinishTry(Report(FaxCallOutcome.Success, Confirmed(1), Confirmed(2)), FaxRetryPolicy.Default, Now.AddSeconds(40));

        Assert.Equal(FaxJobState.Done, job.State);
        Assert.Equal(2, job.PagesConfirmed);
        Assert.Equal(2, job.Attempts.Single().PagesConfirmed);
        Assert.IsType<FaxJobFinished>(Assert.Single(job.DomainEvents));
    }

    [Theory]
    [InlineData(FaxCallOutcome.Busy, 3)]
    [InlineData(FaxCallOutcome.NoAnswer, 5)]
    [InlineData(FaxCallOutcome.NoCarrier, 5)]
    [InlineData(FaxCallOutcome.ProtocolFailure, 1)]
    [InlineData(FaxCallOutcome.Partial, 1)]
    public void A_try_that_did_not_deliver_everything_sleeps_for_the_delay_its_cause_sets(FaxCallOutcome outcome, int minutes)
    {
        var job = Job(pages: 2);
        job.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);
        job.FinishTry(Report(outcome), FaxRetryPolicy.Default, Now);

        Assert.Equal(FaxJobState.Sleeping, job.State);
        Assert.Equal(Now.AddMinutes(minutes), job.NotBeforeUtc);
        Assert.Null(job.LeaseId);
    }

    [Fact]
    public void Busy_lines_use_up_dials_and_answered_failures_use_up_tries_then_the_job_fails()
    {
        var policy = FaxRetryPolicy.Default with { MaxDials = 3, MaxTries = 2 };
        var busy = Job(pages: 1, policy: policy);
        var refused = Job(pages: 1, policy: policy);
        for (var i = 0; i < 3; i++)
        {
            Retry(busy, FaxCallOutcome.Busy, policy, i);
        }

        for (var i = 0; i < 2; i++)
        {
            Retry(refused, FaxCallOutcome.ProtocolFailure, policy, i);
        }

        Assert.Equal((FaxJobState.Failed, 3, 0), (busy.State, busy.Dials, busy.Tries));
        Assert.Equal((FaxJobState.Failed, 2, 2), (refused.State, refused.Dials, refused.Tries));
        Assert.Equal("BUSY", busy.LastErrorCode);
    }

    [Fact]
    public void A_lapsed_lease_is_a_lost_try_that_neither_dials_nor_tries_and_is_ready_again_at_once()
    {
        var job = Job(pages: 3);
        job.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);
        job.RecordProgress(FaxCallPhase.PostPage, 1, Confirmed(1), null, Lease, Now);
        job.ExpireLease(FaxRetryPolicy.Default, Now.AddMinutes(2));

        Assert.Equal(FaxJobState.Ready, job.State);
        Assert.Equal((0, 0), (job.Dials, job.Tries));
        Assert.Equal(2, job.FirstUnconfirmedPage);
        Assert.Equal(FaxCallOutcome.GatewayLost, job.Attempts.Single().Outcome);
    }

    [Fact]
    public void Cancelling_waits_for_the_line_when_active_and_is_immediate_otherwise_and_only_once()
    {
        var waiting = Job(pages: 1);
        var active = Job(pages: 2);
        active.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);

        waiting.Cancel(Now);
        active.Cancel(Now);
        var stillActive = active.State;
        active.FinishTry(Report(FaxCallOutcome.Cancelled, Confirmed(1)), FaxRetryPolicy.Default, Now);

        Assert.Equal(FaxJobState.Cancelled, waiting.State);
        Assert.Equal(FaxJobState.Active, stillActive);
        Assert.Equal((FaxJobState.Cancelled, 1), (active.State, active.PagesConfirmed));
        Assert.Equal("FAX_JOB_FINISHED", Assert.Throws<BusinessRuleBrokenException>(() => waiting.Cancel(Now)).Rule.Code);
    }

    private static void Retry(FaxJob job, FaxCallOutcome outcome, FaxRetryPolicy policy, int round)
    {
        var at = Now.AddHours(round);
        job.Lease(Gateway, "l1", Guid.NewGuid(), Lease, at);
        job.FinishTry(Report(outcome), policy, at);
    }

    [Fact]
    public void A_job_says_it_is_queued_when_submitted_and_when_a_try_puts_it_back_but_not_when_it_ends()
    {
        var submitted = FaxJob.Submit(Submission(pages: 1, notBefore: Now.AddMinutes(30)), FaxRetryPolicy.Default, Now);
        var retried = Job(pages: 1);
        retried.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);
        retried.FinishTry(Report(FaxCallOutcome.Busy), FaxRetryPolicy.Default, Now);
        var done = Job(pages: 1);
        done.Lease(Gateway, "l1", Guid.NewGuid(), Lease, Now);
        done.FinishTry(Report(FaxCallOutcome.Success, Confirmed(1)), FaxRetryPolicy.Default, Now);

        Assert.Equal(new FaxJobQueued(submitted.Id, Now.AddMinutes(30), Now), Assert.Single(submitted.DomainEvents));
        Assert.Equal(new FaxJobQueued(retried.Id, Now.AddMinutes(3), Now), Assert.Single(retried.DomainEvents));
        Assert.IsType<FaxJobFinished>(Assert.Single(done.DomainEvents));
    }

    [Fact]
    public void Cancelling_a_job_on_a_line_asks_the_gateway_holding_its_lease_to_hang_up_and_a_waiting_one_just_ends()
    {
        var waiting = Job(pages: 1);
        var active = Job(pages: 2);
        var lease = Guid.NewGuid();
        active.Lease(Gateway, "l1", lease, Lease, Now);

        waiting.Cancel(Now);
        active.Cancel(Now);

        Assert.IsType<FaxJobFinished>(Assert.Single(waiting.DomainEvents));
        Assert.Equal(new FaxCallCancellationRequested(active.Id, Gateway, lease, Now), Assert.Single(active.DomainEvents));
    }

    /// <summary>A job as the store returns it: its submission (and the event it raised) already committed.</summary>
    private static FaxJob Job(int pages, DateTime? notBefore = null, FaxRetryPolicy? policy = null)
    {
        var job = FaxJob.Submit(Submission(pages, notBefore), policy ?? FaxRetryPolicy.Default, Now);
        job.ClearDomainEvents();
        return job;
    }

    private static FaxJobSubmission Submission(int pages, DateTime? notBefore = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "+442079460123", 0, FaxResolution.Standard, pages, Guid.NewGuid(), 1000, new string('a', 64), notBefore);

    private static FaxPageVerdict Confirmed(int page) => new(page, true, 14400, true, 0);

    private static FaxTryReport Report(FaxCallOutcome outcome, params FaxPageVerdict[] pages) =>
        new(outcome, outcome == FaxCallOutcome.Success ? null : outcome.ToString().ToUpperInvariant(), "detail", null, TimeSpan.FromSeconds(30), pages);
}
