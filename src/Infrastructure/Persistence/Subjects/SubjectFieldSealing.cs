using System.Runtime.CompilerServices;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Seals the personal text of subject-keyed records as they are saved, and puts the plaintext back afterwards (saved or
/// not), so the domain only ever sees plaintext and the change tracker does not think an unchanged record changed.
/// Only added values and modified properties are sealed: an unchanged column is not rewritten.
/// </summary>
internal sealed class SubjectFieldSealing : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<SealedValue>> _pending = [];

    private SubjectFieldSealing()
    {
    }

    /// <summary>One instance for the process, like <see cref="SubjectFieldOpening"/>; the cipher comes from the context.</summary>
    public static SubjectFieldSealing Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Seal(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seal(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Restore(eventData.Context!);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Restore(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context!);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Restore(eventData.Context!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context!);
        return Task.CompletedTask;
    }

    private void Seal(DbContext context)
    {
        if ((context as ModuleDbContext)?.SubjectCipher is not { } cipher)
        {
            return;
        }

        var sealedValues = new List<SealedValue>();
        OwnerLookup? owners = null;
        foreach (var entry in ChangedEntries(context.ChangeTracker))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var columns = SubjectKeyedModel.SealedColumnsOf(entry.Metadata);
            if (columns.Count == 0)
            {
                continue;
            }

            Guid? subjectId = null;
            foreach (var column in columns)
            {
                var property = entry.Property(column.Property);
                if ((entry.State == EntityState.Modified && !property.IsModified) || property.CurrentValue is not string { Length: > 0 } plaintext
                    || SubjectFieldCipher.IsSealed(plaintext))
                {
                    continue;
                }

                subjectId ??= SubjectOf(entry, owners ??= new OwnerLookup(context));
                if (subjectId == Guid.Empty)
                {
                    throw new InvalidOperationException(
                        $"{entry.Metadata.DisplayName()} holds personal data but is not linked to a data subject: enrol the person first.");
                }

                property.CurrentValue = cipher.Seal(subjectId.Value, column.Column, plaintext);
                sealedValues.Add(new SealedValue(property, plaintext));
            }
        }

        if (sealedValues.Count > 0)
        {
            _pending.AddOrUpdate(context, sealedValues);
        }
    }

    private void Restore(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var sealedValues))
        {
            return;
        }

        _pending.Remove(context);
        foreach (var (property, plaintext) in sealedValues)
        {
            var unchanged = property.EntityEntry.State == EntityState.Unchanged;
            property.CurrentValue = plaintext;
            if (unchanged)
            {
                property.OriginalValue = plaintext;
                property.IsModified = false;
            }
        }
    }

    /// <summary>
    /// The tracked entries, scanned for changes once (Entries() would scan a second time). A context whose owner turned
    /// automatic detection off detects changes on the entries it saves itself, as SaveChanges then expects, so a
    /// context holding a large batch is not scanned whole on every save.
    /// </summary>
    private static List<EntityEntry> ChangedEntries(ChangeTracker tracker)
    {
        var autoDetect = tracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            tracker.DetectChanges();
        }

        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static Guid SubjectOf(EntityEntry entry, OwnerLookup owners) =>
        entry.Entity is IHasDataSubject subject ? subject.DataSubjectId : SubjectOf(owners.OwnerOf(entry), owners);

    private sealed record SealedValue(PropertyEntry Property, string Plaintext);
}
