using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Restrictions;

/// <summary>
/// A restriction or objection in force for one data subject: which purposes it stops, which request placed it, since
/// when, and when and why it was lifted. One per request, so running the same request again changes nothing.
/// </summary>
public sealed class ProcessingRestriction : AggregateRoot
{
    private List<RestrictedPurpose> _purposes = [];

    private ProcessingRestriction()
    {
    }

    /// <summary>The person, by the privacy register's id: pseudonymous, but still theirs.</summary>
    [PersonalData(PersonalDataCategory.Identification)]
    public Guid SubjectId { get; private set; }

    /// <summary>The data-subject request that placed it; unique, which is what makes placing idempotent.</summary>
    public Guid RequestId { get; private set; }

    public IReadOnlyList<RestrictedPurpose> Purposes
    {
        get => _purposes;
        private set => _purposes = [.. value];
    }

    [NotPersonalData("why the restriction was placed, a code or short staff note without personal data")]
    public string Reason { get; private set; } = "";

    public DateTime SinceUtc { get; private set; }

    public DateTime? LiftedAtUtc { get; private set; }

    [NotPersonalData("why the restriction was lifted, a code or short staff note without personal data")]
    public string? LiftReason { get; private set; }

    public bool IsActive => LiftedAtUtc is null;

    public static ProcessingRestriction Place(Guid subjectId, IEnumerable<RestrictedPurpose> purposes, Guid requestId, string reason, DateTime nowUtc)
    {
        var stopped = purposes.Distinct().Order().ToList();
        CheckRule(new RestrictionMustStopSomePurposeRule(stopped));
        return new ProcessingRestriction
        {
            Id = Guid.CreateVersion7(),
            SubjectId = subjectId,
            RequestId = requestId,
            _purposes = stopped,
            Reason = reason,
            SinceUtc = nowUtc,
        };
    }

    /// <summary>True when, while in force, it stops processing for <paramref name="purpose"/>.</summary>
    public bool Stops(RestrictedPurpose purpose) => IsActive && _purposes.Contains(purpose);

    /// <summary>Lifts it; false, changing nothing, when it was already lifted.</summary>
    public bool Lift(string reason, DateTime nowUtc)
    {
        if (!IsActive)
        {
            return false;
        }

        LiftedAtUtc = nowUtc;
        LiftReason = reason;
        MarkChanged();
        return true;
    }
}
