using Groupus.Api.Grpc.Gateway.V1;
using Groupus.FaxGateway.Link;

namespace Groupus.FaxGateway.Service;

/// <summary>The gateway's lines together: what the link registers, and where the core's orders go.</summary>
internal sealed partial class LinePool(IReadOnlyList<FaxLineRunner> runners, LinkOutbox outbox, TimeProvider time, ILogger<LinePool> logger) : ILinkedLines
{
    public IReadOnlyList<FaxLineRunner> Runners => runners;

    public Task RunAsync(CancellationToken cancellationToken) => Task.WhenAll(runners.Select(runner => Task.Run(() => runner.RunAsync(cancellationToken), CancellationToken.None)));

    public IReadOnlyList<GatewayLine> Describe() => runners.Select(runner => runner.Describe()).ToList();

    public IReadOnlyList<JobLease> RunningJobs() => runners.Select(runner => runner.CurrentJob?.Lease).OfType<JobLease>().ToList();

    public IReadOnlyList<LineState> CurrentStates() => runners.Select(runner => runner.State()).ToList();

    public void Assign(AssignJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var lease = new JobLease(job.JobId, job.LeaseId, job.LineId, time.GetUtcNow());
        var runner = runners.FirstOrDefault(candidate => candidate.Name == job.LineId);
        if (runner is null)
        {
            Refuse(lease, job, $"This gateway has no line '{job.LineId}'.");
            return;
        }

        if (runner.CurrentJob is { } current && current.Lease.JobId == job.JobId && current.Lease.LeaseId == job.LeaseId)
        {
            return; // the same assignment again (after a reconnect): already running
        }

        var outbound = new OutboundJob(job, lease, outbox);
        if (!runner.TryAssign(outbound))
        {
            outbound.Dispose();
            Refuse(lease, job, $"Line '{job.LineId}' is busy or out of service.");
        }
    }

    public void Cancel(CancelJob cancel)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        Find(cancel.JobId, cancel.LeaseId)?.RequestStop(JobStopReason.Cancelled);
    }

    public void LeaseLost(LeaseLost lost)
    {
        ArgumentNullException.ThrowIfNull(lost);
        LogLeaseLost(logger, lost.JobId);
        Find(lost.JobId, lost.LeaseId)?.RequestStop(JobStopReason.LeaseLost);
        outbox.DropJob(lost.JobId, lost.LeaseId);
    }

    private OutboundJob? Find(string jobId, string leaseId) =>
        runners.Select(runner => runner.CurrentJob).FirstOrDefault(job => job is not null && job.Lease.JobId == jobId && job.Lease.LeaseId == leaseId);

    private void Refuse(JobLease lease, AssignJob job, string reason)
    {
        LogRefused(logger, job.JobId, job.LineId, reason);
        outbox.EnqueueForJob(lease, JobMessages.LocalFailure(job, reason));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} for line {Line} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string jobId, string line, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The core says the lease of job {JobId} is no longer ours")]
    private static partial void LogLeaseLost(ILogger logger, string jobId);
}
