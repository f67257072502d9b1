using Groupus.Application.Visitors;

namespace Groupus.Infrastructure.Visitors;

/// <summary>
/// The last on-site list read, tagged with the change stamp it was read at and the number of key destructions known
/// then (its names were opened with keys that a later destruction, possibly through another node, takes away).
/// Immutable once stored.
/// </summary>
internal sealed class OnSiteCache
{
    private volatile Entry? _entry;

    public bool TryGet(long stamp, long destructions, out IReadOnlyList<VisitDto> visits)
    {
        var entry = _entry;
        var fresh = entry is not null && entry.Stamp == stamp && entry.Destructions == destructions;
        visits = fresh ? entry!.Visits : [];
        return fresh;
    }

    public void Store(long stamp, long destructions, IReadOnlyList<VisitDto> visits) => _entry = new Entry(stamp, destructions, visits);

    private sealed record Entry(long Stamp, long Destructions, IReadOnlyList<VisitDto> Visits);
}
