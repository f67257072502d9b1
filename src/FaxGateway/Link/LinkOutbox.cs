using Groupus.Api.Grpc.Gateway.V1;

namespace Groupus.FaxGateway.Link;

/// <summary>
/// What the gateway has to tell the core, in order. A job's messages stay until they have been written on a live
/// link (so a brief outage delays them, never reorders or loses them); line states matter only on the link they were
/// meant for, since every new link starts with the states of all lines.
/// </summary>
internal sealed class LinkOutbox
{
    private readonly LinkedList<PendingMessage> _messages = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly object _gate = new();

    public void EnqueueForJob(JobLease job, GatewayMessage message) => Add(new PendingMessage(message, job));

    public void EnqueueLineState(GatewayMessage message) => Add(new PendingMessage(message, null));

    public PendingMessage? Peek()
    {
        lock (_gate)
        {
            return _messages.First?.Value;
        }
    }

    public void Remove(PendingMessage message)
    {
        lock (_gate)
        {
            _messages.Remove(message);
        }
    }

    /// <summary>Waits until something is queued, or the timeout passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Peek() is null)
        {
            await _signal.WaitAsync(timeout, cancellationToken);
        }
    }

    /// <summary>Forgets a job's messages: its lease is gone, the core will give the job out again.</summary>
    public void DropJob(string jobId, string leaseId) => RemoveWhere(message => message.Job?.JobId == jobId && message.Job.LeaseId == leaseId);

    /// <summary>Forgets the messages of every job whose lease has lapsed, according to <paramref name="lapsed"/>.</summary>
    public void DropJobs(Func<JobLease, bool> lapsed) => RemoveWhere(message => message.Job is { } job && lapsed(job));

    /// <summary>Forgets line states after the link dropped: the next link sends them all afresh.</summary>
    public void DropLineStates() => RemoveWhere(message => message.Job is null);

    /// <summary>The jobs that still have something to say, oldest first.</summary>
    public IReadOnlyList<JobLease> PendingJobs()
    {
        lock (_gate)
        {
            return _messages.Select(message => message.Job).OfType<JobLease>().DistinctBy(job => job.JobId).ToList();
        }
    }

    private void Add(PendingMessage message)
    {
        lock (_gate)
        {
            _messages.AddLast(message);
        }

        _signal.Release();
    }

    private void RemoveWhere(Func<PendingMessage, bool> predicate)
    {
        lock (_gate)
        {
            for (var node = _messages.First; node is not null;)
            {
                var next = node.Next;
                if (predicate(node.Value))
                {
                    _messages.Remove(node);
                }

                node = next;
            }
        }
    }
}
