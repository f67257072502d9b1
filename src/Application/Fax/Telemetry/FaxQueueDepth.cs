using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Telemetry;

/// <summary>
/// The last count of unfinished jobs by state. A reader (a scrape) sees the last count and asks for a new one when it
/// is older than the interval; the census counts in the background, so a scrape never waits on the database and an
/// unobserved node never counts.
/// </summary>
public sealed class FaxQueueDepth(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _wanted = new(0, 1);
    private volatile Snapshot? _last;

    public IReadOnlyDictionary<FaxJobState, int> Counts
    {
        get
        {
            var last = _last;
            if (last is null || clock.GetUtcNow() - last.TakenAt >= Interval)
            {
                RequestCount();
            }

            return last?.Counts ?? new Dictionary<FaxJobState, int>();
        }
    }

    public void Update(IReadOnlyDictionary<FaxJobState, int> counts) => _last = new Snapshot(counts, clock.GetUtcNow());

    /// <summary>Waits until a reader wants a fresh count.</summary>
    public Task WaitUntilWantedAsync(CancellationToken cancellationToken) => _wanted.WaitAsync(cancellationToken);

    private void RequestCount()
    {
        if (_wanted.CurrentCount == 0)
        {
            try
            {
                _wanted.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already asked.
            }
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<FaxJobState, int> Counts, DateTimeOffset TakenAt);
}
