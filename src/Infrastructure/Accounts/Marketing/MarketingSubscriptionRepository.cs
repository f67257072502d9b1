using Groupus.Application.Accounts.Marketing;
using Groupus.Domain.Accounts.Marketing;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts.Marketing;

internal sealed class MarketingSubscriptionRepository(AccountsDbContext db) : IMarketingSubscriptionRepository
{
    public Task<MarketingSubscription?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<MarketingSubscription>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<MarketingSubscription?> FindByEmailAsync(string normalisedEmail, CancellationToken cancellationToken) =>
        db.Set<MarketingSubscription>().FirstOrDefaultAsync(s => s.Email == normalisedEmail, cancellationToken);

    public void Add(MarketingSubscription subscription) => db.Set<MarketingSubscription>().Add(subscription);
}
