using Groupus.Application.Fax;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>Counts the wake-ups the fax dispatcher receives, passing each on.</summary>
internal sealed class QueueWakeUps
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IFaxQueueSignal Around(IFaxQueueSignal dispatcher) => new Counting(this, dispatcher);

    private sealed class Counting(QueueWakeUps wakeUps, IFaxQueueSignal dispatcher) : IFaxQueueSignal
    {
        public void JobsChanged()
        {
            Interlocked.Increment(ref wakeUps._count);
            dispatcher.JobsChanged();
        }
    }
}
