using Groupus.Application.Sales.Marketing;
using Groupus.Domain.Sales.Marketing;
using Microsoft.EntityFrameworkCore;
using Groupus.Infrastructure.Sales;

namespace Groupus.Infrastructure.Sales.Marketing;

internal sealed class MarketingAudienceSource(SalesDbContext db) : IMarketingAudienceSource
{
    // Whole rows, not a projection: the address and name are sealed in the database and opened when a row is loaded.
    public async Task<IReadOnlyList<MarketingRecipient>> ListSubscribedAsync(CancellationToken cancellationToken) =>
        (await db.Set<MarketingSubscription>().AsNoTracking()
            .Where(s => s.Status == MarketingSubscriptionStatus.Subscribed)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken))
        .Select(s => new MarketingRecipient(s.Id, s.DataSubjectId, s.Email, s.Name))
        .ToList();
}
