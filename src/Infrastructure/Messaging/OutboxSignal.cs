using System.Collections.Concurrent;

namespace Groupus.Infrastructure.Messaging;

/// <summary>
/// Wakes the outbox dispatcher as soon as a commit may have written events, instead of waiting for its next poll, and
/// says which module contexts committed, so the pass it wakes reads only those outboxes rather than every module's.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConcurrentDictionary<Type, bool> _committed = new();

    /// <summary>A commit of these module contexts may have written events to their outboxes.</summary>
    public void Notify(IEnumerable<Type> committedContexts)
    {
        foreach (var context in committedContexts)
        {
            _committed.TryAdd(context, true);
        }

        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the dispatcher.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <summary>The contexts notified since the last call. A context notified during the call is kept for the next one (and its wake-up with it).</summary>
    public HashSet<Type> TakeCommitted()
    {
        var taken = new HashSet<Type>();
        foreach (var context in _committed.Keys)
        {
            if (_committed.TryRemove(context, out _))
            {
                taken.Add(context);
            }
        }

        return taken;
    }
}
