using Groupus.Application.Accounts.Marketing;
using Groupus.Domain.Accounts.Marketing;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts.Marketing;

internal sealed class MarketingAudienceSource(AccountsDbContext db) : IMarketingAudienceSource
{
    public async Task<IReadOnlyList<MarketingRecipient>> ListSubscribedAsync(CancellationToken cancellationToken) =>
        await db.Set<MarketingSubscription>().AsNoTracking()
            .Where(s => s.Status == MarketingSubscriptionStatus.Subscribed)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .Select(s => new MarketingRecipient(s.Id, s.Email, s.Name, ""))
            .ToListAsync(cancellationToken);
}
