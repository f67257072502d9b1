using System.Collections.Concurrent;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The subjects whose keys this process knows to be destroyed, by this node or by another sharing the vault
/// (<see cref="DestroyedKeyWatch"/>). The vault refuses these keys even if it still had one cached when it learnt of
/// the destruction. A destruction is permanent, so the set only grows (ids only; one entry per erased person).
/// </summary>
internal sealed class DestroyedSubjectKeys
{
    private readonly ConcurrentDictionary<Guid, byte> _destroyed = new();
    private long _count;

    /// <summary>How many destroyed keys this process knows of; it changes whenever one is learnt.</summary>
    public long Count => Interlocked.Read(ref _count);

    public bool Contains(Guid subjectId) => !_destroyed.IsEmpty && _destroyed.ContainsKey(subjectId);

    public void Add(Guid subjectId)
    {
        if (_destroyed.TryAdd(subjectId, 0))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
