using System.Diagnostics;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Link;
using T30Error = Groupus.Fax.T30.T30Error;

namespace Groupus.FaxGateway.Service;

/// <summary>
/// One assigned job on its line: turns the driver's progress into JobProgress messages (pages numbered as in the whole
/// document), and stops the call when asked, but only between pages, so that a page on the line is finished and its
/// verdict known before hanging up.
/// </summary>
internal sealed class OutboundJob : IProgress<FaxProgress>, IDisposable
{
    private readonly object _gate = new();
    private readonly LinkOutbox _outbox;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PageResult> _pages = [];
    private CallPhase _phase = CallPhase.Unspecified;
    private int _pageOnLine;
    private bool _pageInFlight;
    private long? _dialledAt;

    public OutboundJob(AssignJob assignment, JobLease lease, LinkOutbox outbox)
    {
        Assignment = assignment;
        Lease = lease;
        _outbox = outbox;
    }

    public AssignJob Assignment { get; }

    public JobLease Lease { get; }

    /// <summary>How many pages this try sends (from first_page to page_count); set once the document is read.</summary>
    public int PagesToSend { get; set; }

    /// <summary>Cancelled when the call must stop now (immediately, or after the page on the line).</summary>
    public CancellationToken Stopping => _stop.Token;

    public JobStopReason StopReason
    {
        get
        {
            lock (_gate)
            {
                return field;
            }
        }

        private set;
    }

    /// <summary>True when the lease is gone: nothing more about this job may be said to the core.</summary>
    public bool IsAbandoned => StopReason is JobStopReason.LeaseLapsed or JobStopReason.LeaseLost;

    public void RequestStop(JobStopReason reason)
    {
        bool now;
        lock (_gate)
        {
            // A lost lease outranks a cancellation: then nothing is reported at all.
            if (StopReason == JobStopReason.None || reason is JobStopReason.LeaseLapsed or JobStopReason.LeaseLost)
            {
                StopReason = reason;
            }

            now = !_pageInFlight;
        }

        if (now)
        {
            _stop.Cancel();
        }
    }

    public void Report(FaxProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var phase = JobMessages.PhaseOf(value.Phase);
        if (phase == CallPhase.Unspecified)
        {
            return;
        }

        bool stopNow;
        GatewayMessage? message = null;
        lock (_gate)
        {
            if (phase == CallPhase.Dialling)
            {
                _dialledAt ??= Stopwatch.GetTimestamp();
            }

            var page = value.PageNumber is { } number ? Assignment.FirstPage - 1 + number : _pageOnLine;
            PageResult? verdict = null;
            if (value.Page is { } report)
            {
                verdict = JobMessages.PageOf(report, Assignment.FirstPage);
                _pages.Add(verdict);
                _pageInFlight = false;
            }
            else if (value.Phase == FaxCallPhase.Transferring && value.PageNumber is not null)
            {
                _pageInFlight = true;
            }

            if (phase != _phase || page != _pageOnLine || verdict is not null)
            {
                var progress = new JobProgress { JobId = Assignment.JobId, LeaseId = Assignment.LeaseId, Phase = phase, PageNumber = page, Page = verdict };
                message = new GatewayMessage { JobProgress = progress };
            }

            (_phase, _pageOnLine) = (phase, page);
            var lastPageDone = verdict is { Confirmed: true } && value.Page!.PageNumber >= PagesToSend;
            stopNow = verdict is not null && StopReason != JobStopReason.None && !lastPageDone;
        }

        if (message is not null && !IsAbandoned)
        {
            _outbox.EnqueueForJob(Lease, message);
        }

        if (stopNow)
        {
            _stop.Cancel();
        }
    }

    /// <summary>The job's end: the driver's result, or null when the call was stopped (cancelled) before it ended.</summary>
    public GatewayMessage Finished(FaxCallResult? result)
    {
        lock (_gate)
        {
            var callTime = _dialledAt is { } start ? Stopwatch.GetElapsedTime(start) : TimeSpan.Zero;
            // Verdicts as they were reported, then what only the result knows (a page that went out without a verdict).
            var reported = _pages.Select(page => page.PageNumber).ToHashSet();
            List<PageResult> pages = result is null
                ? [.. _pages, .. PageInFlight()]
                : [.. _pages, .. result.Pages.Select(page => JobMessages.PageOf(page, Assignment.FirstPage)).Where(page => !reported.Contains(page.PageNumber))];
            var cancelled = StopReason == JobStopReason.Cancelled && result is not { Outcome: FaxCallOutcome.Success };
            if (cancelled || result is null)
            {
                var confirmed = pages.Count(page => page.Confirmed);
                return JobMessages.Finished(Assignment, cancelled ? CallOutcome.Cancelled : CallOutcome.LocalFailure, T30Error.LocalAbort.Name,
                    $"Stopped on request after {confirmed} confirmed page(s)", pages, result?.RemoteIdentity, callTime);
            }

            // A success needs no sentence: the core shows error code and detail as the try's error.
            var success = result.Outcome == FaxCallOutcome.Success;
            return JobMessages.Finished(Assignment, JobMessages.OutcomeOf(result.Outcome),
                success ? string.Empty : result.Error.Name, success ? string.Empty : result.Detail, pages, result.RemoteIdentity, callTime);
        }
    }

    /// <summary>The job's end when the line failed under it (the modem stopped answering): the verdicts so far and the page on the line.</summary>
    public GatewayMessage FailedLocally(string detail)
    {
        lock (_gate)
        {
            var callTime = _dialledAt is { } start ? Stopwatch.GetElapsedTime(start) : TimeSpan.Zero;
            return JobMessages.Finished(Assignment, CallOutcome.LocalFailure, T30Error.LocalAbort.Name, detail, [.. _pages, .. PageInFlight()], null, callTime);
        }
    }

    public void Dispose() => _stop.Dispose();

    // Called under the gate. Drivers that say when a page starts (Class 2) let a page cut off mid-way be reported as attempted.
    private IEnumerable<PageResult> PageInFlight() =>
        _pageInFlight && _pageOnLine > 0
            ? [JobMessages.PageCutOff(_pageOnLine)]
            : [];
}
