using Groupus.Application.Common.Results;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Documents;

/// <summary>
/// At most <see cref="FaxDocumentLimits.MaximumConcurrentRenders"/> renders at once. The others wait in one line per
/// organisation, and a freed slot goes to the organisations in turn (round robin), so one organisation's burst cannot
/// keep another's single fax waiting behind it. A render that would wait beyond the waiting limits (all organisations
/// together, or its own organisation's) is refused as busy at once rather than queued without bound.
/// </summary>
public sealed class FaxRenderScheduler(IOptions<FaxDocumentLimits> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, OrganisationLine> _lines = [];
    private readonly LinkedList<OrganisationLine> _turns = new();
    private int _running;
    private int _waiting;

    /// <summary>A slot to render in (dispose it when done), or a busy error when the waiting line is full.</summary>
    public async Task<Result<FaxRenderSlot>> EnterAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        LinkedListNode<Waiter> waiter;
        lock (_gate)
        {
            if (_running < Math.Max(1, limits.MaximumConcurrentRenders) && _waiting == 0)
            {
                _running++;
                return new FaxRenderSlot(this);
            }

            if (_waiting >= limits.MaximumWaitingRenders)
            {
                return FaxDocumentErrors.Busy("Every document renderer is busy and the waiting line is full.");
            }

            _lines.TryGetValue(organisationId, out var line);
            if ((line?.Waiting.Count ?? 0) >= limits.MaximumWaitingRendersPerOrganisation)
            {
                return FaxDocumentErrors.Busy("Your organisation already has the most documents waiting to be rendered.");
            }

            if (line is null)
            {
                line = new OrganisationLine(organisationId);
                _lines.Add(organisationId, line);
                _turns.AddLast(line.Turn);
            }

            waiter = line.Waiting.AddLast(new Waiter(line));
            _waiting++;
        }

        using (cancellationToken.Register(() => Abandon(waiter, cancellationToken)))
        {
            return await waiter.Value.Granted.Task.ConfigureAwait(false);
        }
    }

    /// <summary>How many renders run and wait now (for tests and diagnostics).</summary>
    public (int Running, int Waiting) Load
    {
        get
        {
            lock (_gate)
            {
                return (_running, _waiting);
            }
        }
    }

    internal void Release()
    {
        lock (_gate)
        {
            if (_turns.First is not { } turn)
            {
                _running--;
                return;
            }

            // The organisation whose turn it is gets the slot and, if it has more waiting, goes to the back of the turns.
            var line = turn.Value;
            _turns.RemoveFirst();
            var next = line.Waiting.First!;
            Dequeue(line, next);
            if (line.Waiting.Count > 0)
            {
                _turns.AddLast(line.Turn);
            }

            next.Value.Granted.TrySetResult(new FaxRenderSlot(this));
        }
    }

    private void Abandon(LinkedListNode<Waiter> waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A waiter that has been granted a slot already keeps it; its caller disposes it.
            if (waiter.List is null)
            {
                return;
            }

            var line = waiter.Value.Line;
            Dequeue(line, waiter);
            if (line.Waiting.Count == 0 && line.Turn.List is not null)
            {
                _turns.Remove(line.Turn);
            }

            waiter.Value.Granted.TrySetCanceled(cancellationToken);
        }
    }

    private void Dequeue(OrganisationLine line, LinkedListNode<Waiter> waiter)
    {
        line.Waiting.Remove(waiter);
        _waiting--;
        if (line.Waiting.Count == 0)
        {
            _lines.Remove(line.OrganisationId);
        }
    }

    private sealed class OrganisationLine
    {
        public OrganisationLine(Guid organisationId)
        {
            OrganisationId = organisationId;
            Turn = new LinkedListNode<OrganisationLine>(this);
        }

        public Guid OrganisationId { get; }

        public LinkedListNode<OrganisationLine> Turn { get; }

        public LinkedList<Waiter> Waiting { get; } = new();
    }

    private sealed class Waiter(OrganisationLine line)
    {
        public OrganisationLine Line { get; } = line;

        public TaskCompletionSource<Result<FaxRenderSlot>> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
