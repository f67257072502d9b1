namespace Groupus.Fax.Benchmarks;

/// <summary>A job the scheduling benchmark queued, and what the core recorded of its one try.</summary>
internal sealed class QueuedJob(string id, int priority, string destination)
{
    public string Id { get; } = id;

    public int Priority { get; } = priority;

    public string Destination { get; } = destination;

    /// <summary>Server time the lease was granted (the attempt's start), in ticks.</summary>
    public long LeasedAt { get; set; }

    /// <summary>Server time the try was finished (the attempt's end), in ticks.</summary>
    public long FinishedAt { get; set; }
}
