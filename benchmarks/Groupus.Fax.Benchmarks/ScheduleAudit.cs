namespace Groupus.Fax.Benchmarks;

/// <summary>
/// Checks the dispatch order against the core's own record (each job's one attempt: lease time and finish time).
/// A priority inversion: a job leased while a job of higher priority was still queued and that job's number had no
/// call in progress. A concurrency violation: a job leased while another job to the same number was still active.
/// </summary>
internal sealed class ScheduleAudit
{
    private ScheduleAudit(int inversions, int overlaps, IReadOnlyList<string> examples)
    {
        Inversions = inversions;
        Overlaps = overlaps;
        Examples = examples;
    }

    public int Inversions { get; }

    public int Overlaps { get; }

    public IReadOnlyList<string> Examples { get; }

    public static ScheduleAudit Run(IReadOnlyList<QueuedJob> jobs)
    {
        // Every job was queued before the first line went idle, so "still queued at t" means "leased after t".
        var queued = Enumerable.Range(0, 10)
            .Select(p => new Queue<QueuedJob>(jobs.Where(j => j.Priority == p).OrderBy(j => j.LeasedAt)))
            .ToArray();
        var events = jobs.SelectMany(j => new[] { (At: j.FinishedAt, Start: false, Job: j), (At: j.LeasedAt, Start: true, Job: j) })
            .OrderBy(e => e.At).ThenBy(e => e.Start) // a finish and a lease at the same tick: the finish first
            .ToList();
        var active = new Dictionary<string, int>(StringComparer.Ordinal);
        var inversions = 0;
        var overlaps = 0;
        var examples = new List<string>();
        foreach (var (at, start, job) in events)
        {
            if (!start)
            {
                active[job.Destination]--;
                continue;
            }

            if (active.GetValueOrDefault(job.Destination) > 0)
            {
                overlaps++;
                Note(examples, $"overlap: {job.Id} to {job.Destination} leased while another job to it was active");
            }

            queued[job.Priority].Dequeue();
            var blocking = FirstFreeHigher(queued, job.Priority, active);
            if (blocking is not null)
            {
                inversions++;
                var lastEnd = jobs.Where(j => j.Destination == blocking.Destination && j.FinishedAt <= at).Select(j => j.FinishedAt).DefaultIfEmpty(0).Max();
                var sinceFree = lastEnd == 0 ? "never busy" : $"its number free for {(at - lastEnd) / (double)TimeSpan.TicksPerMillisecond:F2} ms";
                Note(examples, $"inversion: priority {job.Priority} job {job.Id} leased while priority {blocking.Priority} job {blocking.Id} was queued ({sinceFree})");
            }

            active[job.Destination] = active.GetValueOrDefault(job.Destination) + 1;
        }

        return new ScheduleAudit(inversions, overlaps, examples);
    }

    private static QueuedJob? FirstFreeHigher(Queue<QueuedJob>[] queued, int priority, Dictionary<string, int> active)
    {
        for (var p = 9; p > priority; p--)
        {
            foreach (var candidate in queued[p])
            {
                if (active.GetValueOrDefault(candidate.Destination) == 0)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static void Note(List<string> examples, string text)
    {
        if (examples.Count < 10)
        {
            examples.Add(text);
        }
    }
}
