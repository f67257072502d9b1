using System.Collections.Concurrent;
using Groupus.Contracts.Privacy;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// A stand-in for the privacy module's register of data subjects, for the test host only, until the real register
/// (a blind index in the privacy tables) is registered: the server's own registration, added after this one, then wins.
/// </summary>
public sealed class InMemoryDataSubjectRegistry : IDataSubjectRegistry
{
    private readonly ConcurrentDictionary<SubjectIdentifier, Guid> _subjects = new();
    private readonly Lock _enrolling = new();

    public Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken)
    {
        lock (_enrolling)
        {
            var subject = identifiers.Select(i => _subjects.TryGetValue(i, out var id) ? id : (Guid?)null).OfType<Guid>().Order().FirstOrDefault();
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
