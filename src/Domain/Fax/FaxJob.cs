using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>
/// An outbound fax: a rendered document for one number, queued until a gateway line leases it. A lease is one try;
/// page verdicts are kept per page, so a retry resumes at the first page the receiver has not confirmed and no page
/// is counted twice. Only the holder of the current lease may report on the job.
/// </summary>
public sealed class FaxJob : AggregateRoot
{
    private readonly List<FaxJobPage> _pages = [];
    private readonly List<FaxAttempt> _attempts = [];

    private FaxJob()
    {
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>The customer user or member of staff who submitted it.</summary>
    public Guid SubmittedBy { get; private set; }

    /// <summary>E.164.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string Destination { get; private set; } = "";

    /// <summary>0 (normal) to 9 (most urgent).</summary>
    public int Priority { get; private set; }

    public FaxResolution Resolution { get; private set; }

    public int PageCount { get; private set; }

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public Guid DocumentContentId { get; private set; }

    public long DocumentBytes { get; private set; }

    [NotPersonalData("the document's digest")]
    public string DocumentSha256 { get; private set; } = "";

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>Not dialled before this time (submission, or the retry time after a failed try).</summary>
    public DateTime NotBeforeUtc { get; private set; }

    public FaxJobState State { get; private set; }

    /// <summary>Calls placed (busy and unanswered ones included).</summary>
    public int Dials { get; private set; }

    /// <summary>Calls a fax answered.</summary>
    public int Tries { get; private set; }

    public int MaxDials { get; private set; }

    public int MaxTries { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    [NotPersonalData("a fax error code")]
    public string? LastErrorCode { get; private set; }

    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string? LastError { get; private set; }

    /// <summary>The receiving fax's identity (CSI) once a call reached it.</summary>
    [PersonalData(PersonalDataCategory.CommunicationsMetadata)]
    public string? RemoteId { get; private set; }

    public FaxCallPhase Phase { get; private set; }

    /// <summary>The page on the line while active (0 before the first).</summary>
    public int CurrentPage { get; private set; }

    /// <summary>Cancelled while active: the gateway is told and the job ends when it hangs up or its lease lapses.</summary>
    public bool CancelRequested { get; private set; }

    public Guid? LeaseId { get; private set; }

    public Guid? LeaseGatewayId { get; private set; }

    [NotPersonalData("the gateway's name for one of our lines")]
    public string? LeaseLineId { get; private set; }

    public DateTime? LeaseExpiresAtUtc { get; private set; }

    /// <summary>Time on the line over every try.</summary>
    public TimeSpan CallTime { get; private set; }

    public Guid? ResentFromJobId { get; private set; }

    public IReadOnlyList<FaxJobPage> Pages => _pages;

    public IReadOnlyList<FaxAttempt> Attempts => _attempts;

    public int PagesConfirmed => _pages.Count(p => p.Confirmed);

    /// <summary>Where the next try starts (document numbering, 1-based).</summary>
    public int FirstUnconfirmedPage => _pages.Where(p => !p.Confirmed).Select(p => p.PageNumber).DefaultIfEmpty(PageCount + 1).Min();

    public bool IsFinished => State.IsFinal();

    public static FaxJob Submit(FaxJobSubmission submission, FaxRetryPolicy policy, DateTime nowUtc)
    {
        var notBefore = submission.NotBeforeUtc is { } requested && requested > nowUtc ? requested : nowUtc;
        var job = new FaxJob
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = submission.OrganisationId,
            SubmittedBy = submission.SubmittedBy,
            Destination = submission.Destination,
            Priority = submission.Priority,
            Resolution = submission.Resolution,
            PageCount = submission.PageCount,
            DocumentContentId = submission.DocumentContentId,
            DocumentBytes = submission.DocumentBytes,
            DocumentSha256 = submission.DocumentSha256,
            SubmittedAtUtc = nowUtc,
            NotBeforeUtc = notBefore,
            State = notBefore > nowUtc ? FaxJobState.Pending : FaxJobState.Ready,
            MaxDials = policy.MaxDials,
            MaxTries = policy.MaxTries,
            ResentFromJobId = submission.ResentFromJobId,
        };
        for (var page = 1; page <= submission.PageCount; page++)
        {
            job._pages.Add(new FaxJobPage(page));
        }

        job.Raise(new FaxJobQueued(job.Id, job.NotBeforeUtc, nowUtc));
        return job;
    }

    public bool IsDueAt(DateTime nowUtc) =>
        State is FaxJobState.Ready || (State is FaxJobState.Pending or FaxJobState.Sleeping && NotBeforeUtc <= nowUtc);

    public bool HoldsLease(Guid leaseId) => State == FaxJobState.Active && LeaseId == leaseId;

    /// <summary>Hands the job to a gateway line for one try.</summary>
    public void Lease(Guid gatewayId, string lineId, Guid leaseId, TimeSpan leaseDuration, DateTime nowUtc)
    {
        CheckRule(new FaxJobMustBeDueToLeaseRule(this, nowUtc));
        State = FaxJobState.Active;
        LeaseId = leaseId;
        LeaseGatewayId = gatewayId;
        LeaseLineId = lineId;
        LeaseExpiresAtUtc = nowUtc + leaseDuration;
        Phase = FaxCallPhase.Dialling;
        CurrentPage = 0;
        _attempts.Add(new FaxAttempt(_attempts.Count + 1, gatewayId, lineId, FirstUnconfirmedPage, nowUtc));
        MarkChanged();
    }

    public void RenewLease(TimeSpan leaseDuration, DateTime nowUtc)
    {
        LeaseExpiresAtUtc = nowUtc + leaseDuration;
        MarkChanged();
    }

    /// <summary>A phase change or a page verdict during the call; renews the lease.</summary>
    public void RecordProgress(FaxCallPhase phase, int pageNumber, FaxPageVerdict? verdict, string? remoteId, TimeSpan leaseDuration, DateTime nowUtc)
    {
        Phase = phase;
        CurrentPage = Math.Clamp(pageNumber, 0, PageCount);
        RemoteId = remoteId ?? RemoteId;
        if (verdict is not null)
        {
            ApplyVerdict(verdict, nowUtc);
        }

        RenewLease(leaseDuration, nowUtc);
    }

    /// <summary>The gateway hung up: keep the page verdicts and decide between done, retry, failed and cancelled.</summary>
    public void FinishTry(FaxTryReport report, FaxRetryPolicy policy, DateTime nowUtc)
    {
        var attempt = _attempts[^1];
        foreach (var verdict in report.Pages)
        {
            ApplyVerdict(verdict, nowUtc);
        }

        var confirmedInThisTry = _pages.Count(p => p.Confirmed && p.ConfirmedAtUtc >= attempt.StartedAtUtc);
        attempt.End(report.Outcome, report.ErrorCode, report.Detail, confirmedInThisTry, report.CallTime, nowUtc);
        RemoteId = report.RemoteId ?? RemoteId;
        CallTime += report.CallTime;
        ReleaseLease();
        if (FaxRetryPolicy.CountsAsDial(report.Outcome))
        {
            Dials++;
        }

        if (FaxRetryPolicy.CountsAsTry(report.Outcome))
        {
            Tries++;
        }

        if (PagesConfirmed == PageCount)
        {
            LastErrorCode = null;
            LastError = null;
            End(FaxJobState.Done, nowUtc);
            return;
        }

        LastErrorCode = report.ErrorCode ?? report.Outcome.ToString().ToUpperInvariant();
        LastError = report.Detail;
        if (CancelRequested || report.Outcome == FaxCallOutcome.Cancelled)
        {
            End(FaxJobState.Cancelled, nowUtc);
            return;
        }

        var delay = (policy with { MaxDials = MaxDials, MaxTries = MaxTries }).DelayAfter(report.Outcome, Dials, Tries);
        if (delay is null)
        {
            End(FaxJobState.Failed, nowUtc);
            return;
        }

        NotBeforeUtc = nowUtc + delay.Value;
        State = delay.Value == TimeSpan.Zero ? FaxJobState.Ready : FaxJobState.Sleeping;
        MarkChanged();
        Raise(new FaxJobQueued(Id, NotBeforeUtc, nowUtc));
    }

    /// <summary>The gateway stopped renewing its lease: the try ends as lost and the job goes back to the queue.</summary>
    public void ExpireLease(FaxRetryPolicy policy, DateTime nowUtc) =>
        FinishTry(new FaxTryReport(FaxCallOutcome.GatewayLost, "GATEWAY_LOST", "The gateway stopped reporting during the call.", null, TimeSpan.Zero, []), policy, nowUtc);

    /// <summary>
    /// Stops the job: at once when it is not on a line, after the current page when it is (the gateway is told once the
    /// cancellation is stored).
    /// </summary>
    public void Cancel(DateTime nowUtc)
    {
        CheckRule(new FaxJobMustBeUnfinishedRule(State));
        if (State == FaxJobState.Active)
        {
            CancelRequested = true;
            MarkChanged();
            if (LeaseGatewayId is { } gatewayId && LeaseId is { } leaseId)
            {
                Raise(new FaxCallCancellationRequested(Id, gatewayId, leaseId, nowUtc));
            }

            return;
        }

        LastErrorCode = "CANCELLED";
        LastError = "Cancelled before it was sent.";
        End(FaxJobState.Cancelled, nowUtc);
    }

    private void ApplyVerdict(FaxPageVerdict verdict, DateTime nowUtc)
    {
        if (verdict.PageNumber >= 1 && verdict.PageNumber <= PageCount)
        {
            _pages[verdict.PageNumber - 1].Apply(verdict, nowUtc);
        }
    }

    private void ReleaseLease()
    {
        LeaseId = null;
        LeaseGatewayId = null;
        LeaseLineId = null;
        LeaseExpiresAtUtc = null;
        Phase = FaxCallPhase.None;
        CurrentPage = 0;
    }

    private void End(FaxJobState state, DateTime nowUtc)
    {
        ReleaseLease();
        State = state;
        CompletedAtUtc = nowUtc;
        MarkChanged();
        Raise(new FaxJobFinished(Id, OrganisationId, state, PageCount, PagesConfirmed, CallTime, nowUtc));
    }
}
