using Groupus.Application.Common.Paging;
using Groupus.Application.Sales.Prospects;
using Groupus.Domain.Sales.Prospects;
using Microsoft.EntityFrameworkCore;
using Groupus.Infrastructure.Sales;

namespace Groupus.Infrastructure.Sales.Prospects;

internal sealed class ProspectRepository(SalesDbContext db) : IProspectRepository
{
    public Task<Prospect?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Prospect>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Prospect>> ListAsync(ProspectStatus? status, string? search, PageKey? before, int take, CancellationToken cancellationToken)
    {
        var prospects = db.Set<Prospect>().AsNoTracking();
        if (status is { } wanted)
        {
            prospects = prospects.Where(p => p.Status == wanted);
        }

        if (before is { } last)
        {
            var (at, id) = (last.Time, last.Id);
            prospects = prospects.Where(p => p.ReceivedAtUtc <= at && (p.ReceivedAtUtc < at || p.Id.CompareTo(id) < 0));
        }

        var newestFirst = prospects.OrderByDescending(p => p.ReceivedAtUtc).ThenByDescending(p => p.Id);
        if (string.IsNullOrEmpty(search))
        {
            return await newestFirst.Take(take).ToListAsync(cancellationToken);
        }

        // The contact's company, name and e-mail are sealed under the person's key, so SQL cannot match them: the rows
        // are opened as they stream and matched here (a scan of the status's prospects; see ADR 0020).
        var lowered = search.ToLowerInvariant();
        var page = new List<Prospect>(take);
        await foreach (var prospect in newestFirst.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!Matches(prospect.Contact, lowered))
            {
                continue;
            }

            page.Add(prospect);
            if (page.Count == take)
            {
                break;
            }
        }

        return page;
    }

    private static bool Matches(ProspectContact contact, string lowered) =>
        contact.Company.Contains(lowered, StringComparison.OrdinalIgnoreCase)
        || contact.ContactName.Contains(lowered, StringComparison.OrdinalIgnoreCase)
        || contact.WorkEmail.Contains(lowered, StringComparison.Ordinal);

    public void Add(Prospect prospect) => db.Set<Prospect>().Add(prospect);
}
