using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// Once a module context has saved, drops the cached session state of every saved entity a token can name, so a
/// password change, a demotion, a suspension or a revocation bites on the next call. Each module that owns session
/// subjects says which of its entities are (identity: accounts and gateways; customers: organisations).
/// </summary>
internal abstract class SessionStateForgetting(SessionStates sessions) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>The session subject the entity is, or null when no token names it.</summary>
    protected abstract (SessionSubject Subject, Guid Id)? SubjectOf(object entity);

    private void Forget(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries() ?? [])
        {
            if (SubjectOf(entry.Entity) is { } saved)
            {
                sessions.Forget(saved.Subject, saved.Id);
            }
        }
    }
}
