using Groupus.Domain.Accounts;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

/// <summary>Reads the session state of staff, customer users, organisations and gateway credentials: one row by key each.</summary>
internal sealed class AccountSessionStates(AccountsDbContext db) : ISessionStateSource
{
    public Task<SessionState?> ReadAsync(SessionSubject subject, Guid id, CancellationToken cancellationToken) => subject switch
    {
        SessionSubject.Staff => db.Staff.IgnoreQueryFilters().Where(s => s.Id == id)
            .Select(s => new SessionState(s.SessionVersion, true, null)).SingleOrDefaultAsync(cancellationToken),
        SessionSubject.CustomerUser => db.CustomerUsers.IgnoreQueryFilters().Where(u => u.Id == id)
            .Select(u => new SessionState(u.SessionVersion, u.ErasedAtUtc == null, u.OrganisationId)).SingleOrDefaultAsync(cancellationToken),
        SessionSubject.Organisation => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == id)
            .Select(o => new SessionState(0, o.Status != OrganisationStatus.Suspended && o.Status != OrganisationStatus.Closed, null))
            .SingleOrDefaultAsync(cancellationToken),
        SessionSubject.Gateway => db.GatewayCredentials.Where(g => g.Id == id)
            .Select(g => new SessionState(0, g.RevokedAtUtc == null, null)).SingleOrDefaultAsync(cancellationToken),
        _ => Task.FromResult<SessionState?>(null),
    };
}
