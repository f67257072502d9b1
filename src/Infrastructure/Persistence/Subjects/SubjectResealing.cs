using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Marks every sealed column of a tracked record, and of the records it owns, as changed, so the next save writes
/// them sealed under the record's subject (for rows stored before they had a subject).
/// </summary>
internal static class SubjectResealing
{
    public static void MarkForSealing(DbContext context, object entity) => Mark(context.Entry(entity));

    private static void Mark(EntityEntry entry)
    {
        foreach (var column in SubjectKeyedModel.SealedColumnsOf(entry.Metadata))
        {
            entry.Property(column.Property).IsModified = true;
        }

        foreach (var navigation in entry.Navigations.Where(n => n.Metadata.TargetEntityType.IsOwned()))
        {
            var targets = navigation is CollectionEntry collection ? collection.CurrentValue?.Cast<object>() ?? [] : navigation.CurrentValue is { } one ? [one] : [];
            foreach (var target in targets)
            {
                Mark(entry.Context.Entry(target));
            }
        }
    }
}
