using System.Collections.Concurrent;
using Groupus.Application.Privacy.Erasure;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>Stands in for the subject key vault: remembers destroyed keys, counts calls, and can fail on a given call.</summary>
public sealed class CountingSubjectKeys(CrashSwitch? crash = null) : ISubjectKeys
{
    public ConcurrentDictionary<Guid, int> Destroyed { get; } = new();

    public Task DestroyAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        crash?.Tick("keys.destroy");
        Destroyed.AddOrUpdate(subjectId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<bool> IsDestroyedAsync(Guid subjectId, CancellationToken cancellationToken) => Task.FromResult(Destroyed.ContainsKey(subjectId));
}
