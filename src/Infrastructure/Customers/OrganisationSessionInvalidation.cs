using Groupus.Domain.Customers;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Customers;

/// <summary>
/// Once the customers module saves an organisation, its cached session state is dropped, so a suspension or a closure
/// ends its users' sessions on their next call (the identity module does the same for its accounts).
/// </summary>
internal sealed class OrganisationSessionInvalidation(SessionStates sessions) : SaveChangesInterceptor
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

    private void Forget(DbContext? context)
    {
        foreach (var organisation in context?.ChangeTracker.Entries<Organisation>() ?? [])
        {
            sessions.Forget(SessionSubject.Organisation, organisation.Entity.Id);
        }
    }
}
