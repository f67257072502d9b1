using Groupus.Application.Common.Paging;
using Groupus.Application.Fax;
using Groupus.Domain.Fax;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax;

internal sealed class ReceivedFaxRepository(FaxDbContext db) : IReceivedFaxRepository
{
    public Task<ReceivedFax?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReceivedFaxes.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<ReceivedFax?> FindByIdempotencyKeyAsync(Guid gatewayId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.ReceivedFaxes.IgnoreQueryFilters().FirstOrDefaultAsync(f => f.GatewayId == gatewayId && f.IdempotencyKey == idempotencyKey, cancellationToken);

    public async Task<IReadOnlyList<ReceivedFax>> ListAsync(Guid? organisationId, bool unroutedOnly, PageKey? before, int take, CancellationToken cancellationToken)
    {
        var query = db.ReceivedFaxes.AsNoTracking();
        if (unroutedOnly)
        {
            query = query.Where(f => f.OrganisationId == null);
        }
        else if (organisationId is { } organisation)
        {
            query = query.Where(f => f.OrganisationId == organisation);
        }
        else
        {
            query = query.Where(f => f.OrganisationId != null);
        }

        if (before is { } last)
        {
            // Newest first: the next page seeks the (ReceivedAtUtc, Id) index to just before the last fax shown.
            var (at, id) = (last.Time, last.Id);
            query = query.Where(f => f.ReceivedAtUtc <= at && (f.ReceivedAtUtc < at || f.Id.CompareTo(id) < 0));
        }

        return await query.OrderByDescending(f => f.ReceivedAtUtc).ThenByDescending(f => f.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(ReceivedFax fax) => db.ReceivedFaxes.Add(fax);
}
