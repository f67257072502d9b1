namespace Groupus.Fax.Modems.Lines;

/// <summary>Runs the handler on the reporting thread, in order (<see cref="Progress{T}"/> posts, and may reorder).</summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
