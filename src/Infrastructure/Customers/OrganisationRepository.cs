using Groupus.Application.Common.Paging;
using Groupus.Application.Customers;
using Groupus.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Customers;

internal sealed class OrganisationRepository(CustomersDbContext db) : IOrganisationRepository
{
    /// <summary>Compiled once: a read by id is the hot path, and translating its LINQ on every call cost more than the query.</summary>
    private static readonly Func<CustomersDbContext, Guid, CancellationToken, Task<Organisation?>> ReadById =
        EF.CompileAsyncQuery((CustomersDbContext context, Guid id, CancellationToken _) => context.Organisations.AsNoTracking().FirstOrDefault(o => o.Id == id));

    public Task<Organisation?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<Organisation?> ReadAsync(Guid id, CancellationToken cancellationToken) => ReadById(db, id, cancellationToken);

    public async Task<IReadOnlyList<Organisation>> ListAsync(OrganisationStatus? status, string? nameContains, PageKey? after, int take, CancellationToken cancellationToken)
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

        if (after is { } last)
        {
            var (name, id) = (last.Value, last.Id);
            organisations = organisations.Where(o => string.Compare(o.LegalName, name) >= 0
                && (string.Compare(o.LegalName, name) > 0 || o.Id.CompareTo(id) > 0));
        }

        return await organisations.OrderBy(o => o.LegalName).ThenBy(o => o.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Organisation organisation) => db.Organisations.Add(organisation);
}
