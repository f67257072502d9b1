using System.Collections.Concurrent;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>Stands in for the restriction ledger until it is merged: records what a request restricted.</summary>
public sealed class RecordingRestrictionLedger : IRestrictionLedger
{
    public ConcurrentDictionary<(Guid Subject, Guid Request), IReadOnlyCollection<ProcessingPurpose>> Restrictions { get; } = new();

    public Task RestrictAsync(Guid subjectId, IReadOnlyCollection<ProcessingPurpose> purposes, Guid requestId, string reason, CancellationToken cancellationToken)
    {
        Restrictions[(subjectId, requestId)] = purposes;
        return Task.CompletedTask;
    }

    public Task LiftAsync(Guid subjectId, Guid requestId, string reason, CancellationToken cancellationToken)
    {
        Restrictions.TryRemove((subjectId, requestId), out _);
        return Task.CompletedTask;
    }
}
