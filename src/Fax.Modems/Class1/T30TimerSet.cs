using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>The T.30 timers the engine has started, as deadlines on a <see cref="TimeProvider"/>.</summary>
public sealed class T30TimerSet(TimeProvider time)
{
    private readonly Dictionary<T30Timer, DateTimeOffset> deadlines = [];

    public bool IsEmpty => deadlines.Count == 0;

    public bool AnyExpired => UntilNextExpiry() == TimeSpan.Zero;

    public void Start(T30Timer timer, TimeSpan duration) => deadlines[timer] = time.GetUtcNow() + duration;

    public void Stop(T30Timer timer) => deadlines.Remove(timer);

    /// <summary>Removes and returns a timer whose deadline has passed, the earliest first.</summary>
    public bool TryTakeExpired(out T30Timer timer)
    {
        var now = time.GetUtcNow();
        foreach (var (candidate, deadline) in deadlines.OrderBy(d => d.Value))
        {
            if (deadline <= now)
            {
                deadlines.Remove(candidate);
                timer = candidate;
                return true;
            }
        }

        timer = default;
        return false;
    }

    /// <summary>Time left until the earliest deadline (zero if one has passed); null when no timer runs.</summary>
    public TimeSpan? UntilNextExpiry()
    {
        if (deadlines.Count == 0)
        {
            return null;
        }

        var remaining = deadlines.Values.Min() - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>A token cancelled when the earliest timer runs out (never, if none runs).</summary>
    public CancellationTokenSource CancelAtNextExpiry()
    {
        var remaining = UntilNextExpiry();
        return remaining is { } delay ? new CancellationTokenSource(delay, time) : new CancellationTokenSource();
    }
}
