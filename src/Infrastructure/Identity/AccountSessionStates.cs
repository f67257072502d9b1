using Groupus.Contracts.Customers;
using Groupus.Domain.Identity;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

/// <summary>Reads the session state of staff, customer users and gateway credentials (one row by key each) and of organisations (through the customers contract).</summary>
internal sealed class AccountSessionStates(IdentityDbContext db, IOrganisationDirectory organisations) : ISessionStateSource
{
    public Task<SessionState?> ReadAsync(SessionSubject subject, Guid id, CancellationToken cancellationToken) => subject switch
    {
        SessionSubject.Staff => db.Staff.IgnoreQueryFilters().Where(s => s.Id == id)
            .Select(s => new SessionState(s.SessionVersion, true, null)).SingleOrDefaultAsync(cancellationToken),
        SessionSubject.CustomerUser => db.CustomerUsers.IgnoreQueryFilters().Where(u => u.Id == id)
            .Select(u => new SessionState(u.SessionVersion, u.ErasedAtUtc == null, u.OrganisationId)).SingleOrDefaultAsync(cancellationToken),
        SessionSubject.Organisation => OrganisationAsync(id, cancellationToken),
        SessionSubject.Gateway => db.GatewayCredentials.Where(g => g.Id == id)
            .Select(g => new SessionState(0, g.RevokedAtUtc == null, null)).SingleOrDefaultAsync(cancellationToken),
        _ => Task.FromResult<SessionState?>(null),
    };

    private async Task<SessionState?> OrganisationAsync(Guid id, CancellationToken cancellationToken) =>
        await organisations.FindStandingAsync(id, cancellationToken) is { } standing ? new SessionState(0, standing.AdmitsSignIn, null) : null;
}
