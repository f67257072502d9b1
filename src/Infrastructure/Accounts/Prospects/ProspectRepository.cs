using Groupus.Application.Accounts.Prospects;
using Groupus.Domain.Accounts.Prospects;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts.Prospects;

internal sealed class ProspectRepository(AccountsDbContext db) : IProspectRepository
{
    public Task<Prospect?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Prospect>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Prospect>> ListAsync(ProspectStatus? status, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var prospects = db.Set<Prospect>().AsNoTracking();
        if (status is { } wanted)
        {
            prospects = prospects.Where(p => p.Status == wanted);
        }

        if (!string.IsNullOrEmpty(search))
        {
            var lowered = search.ToLowerInvariant();
            prospects = prospects.Where(p =>
                p.Contact.Company.ToLower().Contains(lowered) || p.Contact.ContactName.ToLower().Contains(lowered) || p.Contact.WorkEmail.Contains(lowered));
        }

        return await prospects.OrderByDescending(p => p.ReceivedAtUtc).ThenByDescending(p => p.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Prospect prospect) => db.Set<Prospect>().Add(prospect);
}
