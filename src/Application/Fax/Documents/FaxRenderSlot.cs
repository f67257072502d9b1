namespace Groupus.Application.Fax.Documents;

/// <summary>One of the <see cref="FaxRenderScheduler"/>'s render slots; disposing it hands the slot to the next in turn.</summary>
public sealed class FaxRenderSlot : IDisposable
{
    private FaxRenderScheduler? _scheduler;

    internal FaxRenderSlot(FaxRenderScheduler scheduler) => _scheduler = scheduler;

    public void Dispose() => Interlocked.Exchange(ref _scheduler, null)?.Release();
}
