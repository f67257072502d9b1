using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

/// <summary>The record of one anonymisation sweep: when it ran, its cut-off and how many visits it anonymised.</summary>
public sealed class VisitRetentionRun : Entity
{
    private VisitRetentionRun()
    {
    }

    public DateTime RanAtUtc { get; private set; }

    public DateTime CutOffUtc { get; private set; }

    public int AnonymisedCount { get; private set; }

    public static VisitRetentionRun Record(DateTime ranAtUtc, DateTime cutOffUtc, int anonymisedCount) => new()
    {
        Id = Guid.CreateVersion7(),
        RanAtUtc = ranAtUtc,
        CutOffUtc = cutOffUtc,
        AnonymisedCount = anonymisedCount,
    };
}
