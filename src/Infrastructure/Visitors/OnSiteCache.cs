using Groupus.Application.Visitors;

namespace Groupus.Infrastructure.Visitors;

/// <summary>The last on-site list read, tagged with the change stamp it was read at. Immutable once stored.</summary>
internal sealed class OnSiteCache
{
    private volatile Entry? _entry;

    public bool TryGet(long stamp, out IReadOnlyList<VisitDto> visits)
    {
        var entry = _entry;
        visits = entry?.Stamp == stamp ? entry.Visits : [];
        return entry?.Stamp == stamp;
    }

    public void Store(long stamp, IReadOnlyList<VisitDto> visits) => _entry = new Entry(stamp, visits);

    private sealed record Entry(long Stamp, IReadOnlyList<VisitDto> Visits);
}
