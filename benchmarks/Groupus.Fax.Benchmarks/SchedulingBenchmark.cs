using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Benchmarks;

namespace Groupus.Fax.Benchmarks;

/// <summary>
/// Scheduling a deep queue: ten one-page documents are submitted (priorities 0-9), then ResendFaxJob queues the rest
/// of the jobs over the same pages (no rendering) with random priorities and destinations; then one gateway with
/// several lines connects, finishes every assigned job at once (SUCCESS, all pages confirmed) and goes idle again,
/// until the queue is empty. Order and per-number concurrency are checked against the core's record of each try.
/// </summary>
internal sealed class SchedulingBenchmark(BenchmarkSession session, int jobCount, int lineCount, int numberCount, int queueingConcurrency, string? dumpPath)
{
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(30);

    public async Task RunAsync()
    {
        var numbers = Numbers(numberCount);
        var queueStarted = Timing.Now();
        var jobs = await QueueAsync(numbers);
        var queueMs = Timing.Milliseconds(queueStarted, Timing.Now());
        Console.WriteLine(FormattableString.Invariant(
            $"Queued {jobs.Count:N0} jobs (10 submitted, {jobs.Count - 10:N0} by ResendFaxJob, {queueingConcurrency} at a time) to {jobs.Select(j => j.Destination).Distinct().Count():N0} numbers in {queueMs / 1000:F1} s ({jobs.Count / (queueMs / 1000):F0} jobs/s)."));

        var (dispatches, drainMs, leasesLost) = await DrainAsync(jobs.Count);
        var doneMs = drainMs.AllDone;
        await RecordTriesAsync(jobs);

        var idleToAssign = dispatches.Select(d => Timing.Milliseconds(d.IdleSentAt, d.ArrivedAt)).ToList();
        var leaseTimes = jobs.Select(j => j.LeasedAt).Order().ToArray();
        var leaseGaps = leaseTimes.Skip(1).Select((t, i) => (t - leaseTimes[i]) / (double)TimeSpan.TicksPerMillisecond).ToList();
        var audit = ScheduleAudit.Run(jobs);
        if (dumpPath is not null)
        {
            await DumpAsync(dumpPath, jobs, dispatches);
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Drain: {jobs.Count:N0} jobs, {lineCount} lines on one gateway, {jobs.Select(j => j.Destination).Distinct().Count():N0} distinct numbers (drawn from {numbers.Count:N0})"));
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(FormattableString.Invariant($"| first IDLE → last AssignJob | {drainMs.LastAssigned / 1000:F1} s |"));
        Console.WriteLine(FormattableString.Invariant($"| first IDLE → every job done | {doneMs / 1000:F1} s |"));
        Console.WriteLine(FormattableString.Invariant($"| jobs dispatched per second | {jobs.Count / (drainMs.LastAssigned / 1000):F0} |"));
        Console.WriteLine(FormattableString.Invariant($"| line IDLE → its AssignJob, p50 / p99 / max | {Timing.Percentile(idleToAssign, 0.5):F1} / {Timing.Percentile(idleToAssign, 0.99):F1} / {idleToAssign.Max():F1} ms |"));
        Console.WriteLine(FormattableString.Invariant($"| core: time between consecutive leases, p50 / p99 / max | {Timing.Percentile(leaseGaps, 0.5):F2} / {Timing.Percentile(leaseGaps, 0.99):F2} / {leaseGaps.Max():F2} ms |"));
        Console.WriteLine(FormattableString.Invariant($"| priority inversions (higher-priority job queued, its number free) | {audit.Inversions} |"));
        Console.WriteLine(FormattableString.Invariant($"| numbers with two jobs active at once | {audit.Overlaps} |"));
        Console.WriteLine(FormattableString.Invariant($"| LeaseLost messages | {leasesLost} |"));
        Console.WriteLine();
        Console.WriteLine("Dispatch order by priority (position of each priority's first and last lease among all leases):");
        Console.WriteLine();
        Console.WriteLine("| priority | jobs | first lease # | last lease # |");
        Console.WriteLine("|---:|---:|---:|---:|");
        var order = jobs.OrderBy(j => j.LeasedAt).Select((j, i) => (j.Priority, Position: i + 1)).ToList();
        foreach (var group in order.GroupBy(o => o.Priority).OrderByDescending(g => g.Key))
        {
            Console.WriteLine(FormattableString.Invariant($"| {group.Key} | {group.Count():N0} | {group.Min(o => o.Position):N0} | {group.Max(o => o.Position):N0} |"));
        }

        foreach (var example in audit.Examples)
        {
            Console.WriteLine($"  {example}");
        }
    }

    /// <summary>One CSV line per job, in lease order: the core's lease and finish times and what the gateway saw.</summary>
    private static async Task DumpAsync(string path, List<QueuedJob> jobs, List<Dispatch> dispatches)
    {
        var seen = dispatches.ToDictionary(d => d.JobId, StringComparer.Ordinal);
        var firstLease = jobs.Min(j => j.LeasedAt);
        var lines = new List<string> { "job,priority,destination,line,leased_ms,finished_ms,idle_to_assign_ms" };
        foreach (var job in jobs.OrderBy(j => j.LeasedAt))
        {
            var dispatch = seen[job.Id];
            lines.Add(FormattableString.Invariant(
                $"{job.Id},{job.Priority},{job.Destination},{dispatch.LineId},{(job.LeasedAt - firstLease) / (double)TimeSpan.TicksPerMillisecond:F3},{(job.FinishedAt - firstLease) / (double)TimeSpan.TicksPerMillisecond:F3},{Timing.Milliseconds(dispatch.IdleSentAt, dispatch.ArrivedAt):F3}"));
        }

        await File.WriteAllLinesAsync(path, lines);
    }

    private static List<string> Numbers(int count)
    {
        // Ofcom's drama ranges: London, Leeds and Manchester, 1,000 numbers each.
        string[] ranges = ["020 7946 ", "0113 496 ", "0161 496 "];
        if (count < 1 || count > ranges.Length * 1000)
        {
            throw new ArgumentException($"--numbers must be 1 to {ranges.Length * 1000}");
        }

        return [.. Enumerable.Range(0, count).Select(i => ranges[i / 1000] + (i % 1000).ToString("D4", CultureInfo.InvariantCulture))];
    }

    private async Task<List<QueuedJob>> QueueAsync(List<string> numbers)
    {
        var originals = new FaxJob[10];
        for (var priority = 0; priority < originals.Length; priority++)
        {
            originals[priority] = await session.Fax.SubmitFaxAsync(
                new SubmitFaxRequest
                {
                    To = numbers[priority % numbers.Count],
                    Resolution = FaxResolution.Standard,
                    Priority = priority,
                    Document = ByteString.CopyFrom(SampleDocuments.Text(priority)),
                },
                session.Customer);
        }

        var random = new Random(20261128);
        var plan = Enumerable.Range(0, jobCount - originals.Length)
            .Select(_ => (Priority: random.Next(10), To: numbers[random.Next(numbers.Count)]))
            .ToList();
        var resent = new ConcurrentBag<QueuedJob>();
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = queueingConcurrency }, async (item, token) =>
        {
            var job = await session.Fax.ResendFaxJobAsync(
                new ResendFaxJobRequest { JobId = originals[item.Priority].JobId, To = item.To }, session.Customer, cancellationToken: token);
            resent.Add(new QueuedJob(job.JobId, job.Priority, job.To));
        });
        return [.. originals.Select(o => new QueuedJob(o.JobId, o.Priority, o.To)), .. resent];
    }

    private async Task<(List<Dispatch> Dispatches, (double LastAssigned, double AllDone) Ms, int LeasesLost)> DrainAsync(int expected)
    {
        var lines = Enumerable.Range(1, lineCount).Select(i => $"line-{i}").ToList();
        var gatewayHeaders = await session.SignInGatewayAsync("bench-scheduling");
        await using var gateway = await SimulatedGateway.ConnectAsync(session.Channel, gatewayHeaders, lines);
        var idleSentAt = new Dictionary<string, long>(StringComparer.Ordinal);
        var dispatches = new List<Dispatch>(expected);
        var started = Timing.Now();
        foreach (var line in lines)
        {
            idleSentAt[line] = Timing.Now();
            await gateway.IdleAsync(line);
        }

        long lastAssigned = started;
        while (dispatches.Count < expected)
        {
            using var stall = new CancellationTokenSource(StallTimeout);
            (Api.Grpc.Gateway.V1.AssignJob Job, long ArrivedAt) next;
            try
            {
                next = await gateway.Assignments.ReadAsync(stall.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no assignment for {StallTimeout.TotalSeconds} s after {dispatches.Count} of {expected}");
            }

            var (job, arrivedAt) = next;
            lastAssigned = arrivedAt;
            dispatches.Add(new Dispatch(job.JobId, job.LineId, idleSentAt[job.LineId], arrivedAt));
            await gateway.FinishSuccessAsync(job);
            idleSentAt[job.LineId] = Timing.Now();
            await gateway.IdleAsync(job.LineId);
        }

        await WaitUntilNoneQueuedAsync();
        var allDone = Timing.Milliseconds(started, Timing.Now());
        return (dispatches, (Timing.Milliseconds(started, lastAssigned), allDone), gateway.LeasesLost);
    }

    private async Task WaitUntilNoneQueuedAsync()
    {
        var request = new ListFaxJobsRequest { PageSize = 1 };
        request.States.AddRange([FaxJobState.Pending, FaxJobState.Ready, FaxJobState.Active, FaxJobState.Sleeping]);
        for (var poll = 0; poll < 6000; poll++)
        {
            var left = await session.Fax.ListFaxJobsAsync(request, session.Customer, deadline: DateTime.UtcNow.AddSeconds(60));
            if (left.Jobs.Count == 0)
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("jobs still queued or active a minute after the last assignment");
    }

    private async Task RecordTriesAsync(List<QueuedJob> jobs)
    {
        var byId = jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var request = new ListFaxJobsRequest { PageSize = 500 };
        var seen = 0;
        do
        {
            var page = await session.Fax.ListFaxJobsAsync(request, session.Customer, deadline: DateTime.UtcNow.AddSeconds(60));
            foreach (var job in page.Jobs)
            {
                if (!byId.TryGetValue(job.JobId, out var queued))
                {
                    continue;
                }

                if (job.State != FaxJobState.Done || job.Attempts.Count != 1)
                {
                    throw new InvalidOperationException($"job {job.JobId}: {job.State} after {job.Attempts.Count} attempt(s), expected DONE after 1");
                }

                queued.LeasedAt = job.Attempts[0].StartedAt.ToDateTime().Ticks;
                queued.FinishedAt = job.Attempts[0].EndedAt.ToDateTime().Ticks;
                seen++;
            }

            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        if (seen != jobs.Count)
        {
            throw new InvalidOperationException($"{seen} of {jobs.Count} jobs listed");
        }
    }
}
