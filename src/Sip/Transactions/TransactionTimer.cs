namespace Groupus.Sip.Transactions;

/// <summary>A one-shot timer on the stack's <see cref="TimeProvider"/>; its callback runs under the stack's lock.</summary>
internal sealed class TransactionTimer(TimeProvider time, Lock gate, Action onFire) : IDisposable
{
    private ITimer? _timer;
    private long _generation;

    public void Start(TimeSpan due)
    {
        Stop();
        long generation = ++_generation;
        _timer = time.CreateTimer(_ => Fire(generation), null, due, Timeout.InfiniteTimeSpan);
    }

    public void Stop()
    {
        _generation++;
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose() => Stop();

    private void Fire(long generation)
    {
        lock (gate)
        {
            // A timer stopped or restarted after its expiry was queued must not fire.
            if (generation == _generation)
            {
                _timer = null;
                onFire();
            }
        }
    }
}
