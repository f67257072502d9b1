using Groupus.Domain.Identity;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Identity;

/// <summary>
/// Once the identity module saves a staff member, customer user or gateway credential, their cached session state is
/// dropped, so a password change, a demotion or a revocation bites on the next call (organisations: the customers
/// module's OrganisationSessionInvalidation).
/// </summary>
internal sealed class SessionStateInvalidation(SessionStates sessions) : SaveChangesInterceptor
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
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case StaffMember staff:
                    sessions.Forget(SessionSubject.Staff, staff.Id);
                    break;
                case CustomerUser user:
                    sessions.Forget(SessionSubject.CustomerUser, user.Id);
                    break;
                case GatewayCredential gateway:
                    sessions.Forget(SessionSubject.Gateway, gateway.Id);
                    break;
            }
        }
    }
}
