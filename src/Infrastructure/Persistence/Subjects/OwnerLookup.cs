using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>Finds the tracked owner of an owned entry (a prospect for its contact or follow-up) through the ownership's key values.</summary>
internal sealed class OwnerLookup(DbContext context)
{
    private Dictionary<(Microsoft.EntityFrameworkCore.Metadata.IEntityType, string), EntityEntry>? _byKey;

    public EntityEntry OwnerOf(EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership()
            ?? throw new InvalidOperationException($"{owned.Metadata.DisplayName()} is neither a data subject's record nor owned by one.");
        var key = KeyOf(ownership.Properties.Select(p => owned.Property(p).CurrentValue));
        _byKey ??= context.ChangeTracker.Entries()
            // A replaced owned value (a corrected contact) is tracked twice under one key: deleted and added.
            .Where(e => e.State != EntityState.Deleted && e.Metadata.FindPrimaryKey() is not null)
            .ToDictionary(e => (e.Metadata, KeyOf(e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p).CurrentValue))));
        return _byKey.TryGetValue((ownership.PrincipalEntityType, key), out var owner)
            ? owner
            : throw new InvalidOperationException($"The owner of a tracked {owned.Metadata.DisplayName()} is not tracked.");
    }

    private static string KeyOf(IEnumerable<object?> values) => string.Join('|', values);
}
