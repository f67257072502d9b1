using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Holds;

/// <summary>A legal hold on a subject's data (a claim, an investigation): while it is active, erasure is refused.</summary>
public sealed class LegalHold : AggregateRoot
{
    private LegalHold()
    {
    }

    public Guid SubjectId { get; private set; }

    [NotPersonalData("staff's reason; the notes policy forbids personal data")]
    public string Reason { get; private set; } = "";

    [NotPersonalData("a matter or case reference")]
    public string Reference { get; private set; } = "";

    public DateTime PlacedAtUtc { get; private set; }

    [NotPersonalData("principal kind and id, never a name")]
    public string PlacedBy { get; private set; } = "";

    public DateTime? ReleasedAtUtc { get; private set; }

    [NotPersonalData("staff's reason; the notes policy forbids personal data")]
    public string? ReleaseReason { get; private set; }

    public bool IsActive => ReleasedAtUtc is null;

    public static LegalHold Place(Guid subjectId, string? reason, string reference, string actor, DateTime nowUtc)
    {
        CheckRule(new LegalHoldNeedsAReasonRule(reason));
        return new LegalHold
        {
            Id = Guid.CreateVersion7(),
            SubjectId = subjectId,
            Reason = reason!.Trim(),
            Reference = reference.Trim(),
            PlacedBy = actor,
            PlacedAtUtc = nowUtc,
        };
    }

    public void Release(string? reason, DateTime nowUtc)
    {
        CheckRule(new LegalHoldMustBeActiveToReleaseRule(IsActive));
        CheckRule(new LegalHoldNeedsAReasonRule(reason));
        ReleasedAtUtc = nowUtc;
        ReleaseReason = reason!.Trim();
        MarkChanged();
    }
}
