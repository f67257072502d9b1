using Groupus.Application.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class OrganisationRepository(AccountsDbContext db) : IOrganisationRepository
{
    public Task<Organisation?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Organisation>> ListAsync(OrganisationStatus? status, string? nameContains, int skip, int take, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (status is { } wanted)
        {
            organisations = organisations.Where(o => o.Status == wanted);
        }

        if (!string.IsNullOrEmpty(nameContains))
        {
            organisations = organisations.Where(o => o.LegalName.Contains(nameContains));
        }

        return await organisations.OrderBy(o => o.LegalName).ThenBy(o => o.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Organisation organisation) => db.Organisations.Add(organisation);
}
