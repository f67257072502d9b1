using System.Net;

namespace Groupus.Sip.Registrar;

/// <summary>
/// Counts wrong passwords per source address in a sliding window; past the limit the source is locked out for a while
/// (scanners probe ATA registrars for toll fraud). Memory is bounded by <see cref="RegistrarOptions.MaxTrackedSources"/>.
/// </summary>
public sealed class FailedAuthenticationLimiter(RegistrarOptions options, TimeProvider time)
{
    private readonly Dictionary<IPAddress, SourceState> _sources = [];
    private readonly Lock _lock = new();

    public bool IsLockedOut(IPAddress source)
    {
        lock (_lock)
        {
            return _sources.TryGetValue(source, out var state) && state.LockedUntil > time.GetUtcNow();
        }
    }

    /// <summary>Records a wrong password; true when this one locks the source out.</summary>
    public bool RecordFailure(IPAddress source)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_sources.TryGetValue(source, out var state))
            {
                if (_sources.Count >= options.MaxTrackedSources)
                {
                    Prune(now);
                }

                state = new SourceState();
                _sources[source] = state;
            }

            state.Failures.Enqueue(now);
            while (state.Failures.Count > 0 && state.Failures.Peek() <= now - options.FailureWindow)
            {
                state.Failures.Dequeue();
            }

            if (state.Failures.Count >= options.MaxFailuresPerSource)
            {
                state.LockedUntil = now + options.Lockout;
                state.Failures.Clear();
                return true;
            }

            return false;
        }
    }

    public void RecordSuccess(IPAddress source)
    {
        lock (_lock)
        {
            if (_sources.TryGetValue(source, out var state) && state.LockedUntil <= time.GetUtcNow())
            {
                _sources.Remove(source);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var stale in _sources.Where(s => s.Value.LockedUntil <= now && (s.Value.Failures.Count == 0 || s.Value.Failures.Last() <= now - options.FailureWindow)).Select(s => s.Key).ToList())
        {
            _sources.Remove(stale);
        }

        // Still full under a wide scan: forget the unlocked sources with the fewest failures first.
        foreach (var least in _sources.Where(s => s.Value.LockedUntil <= now).OrderBy(s => s.Value.Failures.Count)
                     .Take(Math.Max(0, _sources.Count - (options.MaxTrackedSources / 2))).Select(s => s.Key).ToList())
        {
            _sources.Remove(least);
        }
    }

    private sealed class SourceState
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public DateTimeOffset LockedUntil { get; set; }
    }
}
