using System.Collections.Concurrent;
using Groupus.Contracts.Privacy;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>Stands in for the subject key vault's register until it is merged; the real one wins when registered.</summary>
public sealed class InMemorySubjectRegistry : IDataSubjectRegistry
{
    private readonly ConcurrentDictionary<SubjectIdentifier, Guid> _subjects = new();
    private readonly Lock _gate = new();

    public Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var subject = identifiers.Select(i => _subjects.TryGetValue(i, out var s) ? s : Guid.Empty).FirstOrDefault(s => s != Guid.Empty);
            if (subject == Guid.Empty)
            {
                subject = Guid.CreateVersion7();
            }

            foreach (var identifier in identifiers)
            {
                _subjects.TryAdd(identifier, subject);
            }

            return Task.FromResult(subject);
        }
    }

    public Task<IReadOnlyList<Guid>> FindAsync(SubjectIdentifier identifier, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(_subjects.TryGetValue(identifier, out var subject) ? [subject] : []);
}
