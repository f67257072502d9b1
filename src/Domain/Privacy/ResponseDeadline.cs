using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

/// <summary>
/// The date by which a data-subject request must be answered: the receipt's UTC calendar date plus the response
/// days, plus every day the clock stood still while we waited for the subject, plus any extensions. While a pause
/// lasts the due date is unknown; the days that were left when it began are kept and resume with it.
/// </summary>
public sealed class ResponseDeadline
{
    private readonly List<DeadlinePause> _pauses = [];
    private readonly List<DeadlineExtension> _extensions = [];

    private ResponseDeadline(DateOnly receivedOn, ResponseDeadlinePolicy policy)
    {
        ReceivedOn = receivedOn;
        Policy = policy;
    }

    public DateOnly ReceivedOn { get; }

    public ResponseDeadlinePolicy Policy { get; }

    public IReadOnlyList<DeadlinePause> Pauses => _pauses;

    public IReadOnlyList<DeadlineExtension> Extensions => _extensions;

    public bool IsPaused => _pauses.Count > 0 && _pauses[^1].IsOpen;

    public int PausedDays => _pauses.Sum(p => p.Days);

    public int ExtendedDays => _extensions.Sum(e => e.Days);

    /// <summary>The last UTC calendar day on which the answer is on time; null while paused.</summary>
    public DateOnly? DueOn => IsPaused ? null : RunningDueOn;

    /// <summary>The answer's due day as the law sets it from receipt, before any pause or extension.</summary>
    public DateOnly StatutoryDueOn => ReceivedOn.AddDays(Policy.ResponseDays);

    /// <summary>
    /// The due day that had already passed, unanswered, when the clock was stopped or the date moved (a pause or an
    /// extension granted after it), if any. A request that missed its deadline stays overdue until it is answered:
    /// neither waiting for the subject nor an extension granted late puts it back on time.
    /// </summary>
    public DateOnly? MissedDueOn
    {
        get
        {
            var changes = _pauses.Select(p => (Day: p.PausedOn, Days: p.Days))
                .Concat(_extensions.Select(e => (Day: UtcDay(e.GrantedAtUtc), Days: e.Days)))
                .OrderBy(c => c.Day);
            var moved = 0;
            foreach (var (day, days) in changes)
            {
                var due = StatutoryDueOn.AddDays(moved);
                if (due < day && !WasPausedOn(day))
                {
                    return due;
                }

                moved += days;
            }

            return null;
        }
    }

    private DateOnly RunningDueOn => ReceivedOn.AddDays(Policy.ResponseDays + PausedDays + ExtendedDays);

    private DateOnly LatestChange => _pauses.Count == 0 ? ReceivedOn : _pauses[^1].ResumedOn ?? _pauses[^1].PausedOn;

    public static ResponseDeadline Start(DateTime receivedAtUtc, ResponseDeadlinePolicy policy) => new(UtcDay(receivedAtUtc), policy);

    /// <summary>A deadline as it was stored: its pauses and extensions as they were recorded.</summary>
    public static ResponseDeadline Restore(DateOnly receivedOn, ResponseDeadlinePolicy policy, IEnumerable<DeadlinePause> pauses, IEnumerable<DeadlineExtension> extensions)
    {
        var deadline = new ResponseDeadline(receivedOn, policy);
        deadline._pauses.AddRange(pauses);
        deadline._extensions.AddRange(extensions);
        return deadline;
    }

    /// <summary>Stops the clock: we are waiting for the subject (e.g. for proof of identity).</summary>
    public void Pause(DateTime atUtc)
    {
        Check(new DeadlineMustBeRunningToPauseRule(IsPaused));
        Check(new DeadlineChangesMustNotGoBackInTimeRule(LatestChange, UtcDay(atUtc)));
        _pauses.Add(new DeadlinePause(UtcDay(atUtc), null));
    }

    /// <summary>Starts the clock again with the time that was left; the due date moves by the days it stood still.</summary>
    public void Resume(DateTime atUtc)
    {
        Check(new DeadlineMustBePausedToResumeRule(IsPaused));
        Check(new DeadlineChangesMustNotGoBackInTimeRule(LatestChange, UtcDay(atUtc)));
        _pauses[^1] = _pauses[^1] with { ResumedOn = UtcDay(atUtc) };
    }

    public void Extend(int days, string? reason, DateTime atUtc)
    {
        Check(new DeadlineExtensionNeedsAReasonRule(reason));
        Check(new DeadlineExtensionMustStayWithinCapRule(days, ExtendedDays, Policy.MaxExtensionDays));
        _extensions.Add(new DeadlineExtension(days, reason!.Trim(), atUtc));
    }

    /// <summary>
    /// Calendar days from the UTC day of <paramref name="nowUtc"/> to the due date: 0 on the due day, negative when
    /// overdue. While paused, the days that were left when the pause began.
    /// </summary>
    public int DaysRemaining(DateTime nowUtc)
    {
        if (MissedDueOn is { } missed)
        {
            return missed.DayNumber - UtcDay(nowUtc).DayNumber;
        }

        var from = IsPaused ? _pauses[^1].PausedOn : UtcDay(nowUtc);
        return RunningDueOn.DayNumber - from.DayNumber;
    }

    public DeadlineStanding StandingAt(DateTime nowUtc)
    {
        if (MissedDueOn is not null)
        {
            return DeadlineStanding.Overdue;
        }

        if (IsPaused)
        {
            return DeadlineStanding.Paused;
        }

        var remaining = DaysRemaining(nowUtc);
        return remaining < 0 ? DeadlineStanding.Overdue
            : remaining <= Policy.DueSoonDays ? DeadlineStanding.DueSoon
            : DeadlineStanding.OnTrack;
    }

    /// <summary>Whether the clock already stood still on that day (a pause begun earlier and not yet over then).</summary>
    private bool WasPausedOn(DateOnly day) => _pauses.Any(p => p.PausedOn < day && (p.ResumedOn is null || p.ResumedOn > day));

    private static DateOnly UtcDay(DateTime utc) => DateOnly.FromDateTime(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc);

    private static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleBrokenException(rule);
        }
    }
}
