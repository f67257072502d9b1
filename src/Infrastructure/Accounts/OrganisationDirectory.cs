using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class OrganisationDirectory(AccountsDbContext db) : IOrganisationDirectory
{
    public Task<bool> IsOpenAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(o => o.Id == organisationId && o.Status != OrganisationStatus.Closed, cancellationToken);

    public Task<OrganisationStanding?> FindStandingAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new OrganisationStanding(o.Id, o.Status == OrganisationStatus.Closed))
            .FirstOrDefaultAsync(cancellationToken);
}
