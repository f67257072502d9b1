using Groupus.Contracts.Customers;
using Groupus.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Customers;

internal sealed class OrganisationDirectory(CustomersDbContext db) : IOrganisationDirectory
{
    public Task<bool> IsOpenAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(o => o.Id == organisationId && o.Status != OrganisationStatus.Closed, cancellationToken);

    public Task<OrganisationStanding?> FindStandingAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new OrganisationStanding(o.Id, o.Status == OrganisationStatus.Closed, o.Status == OrganisationStatus.Suspended))
            .FirstOrDefaultAsync(cancellationToken);
}
