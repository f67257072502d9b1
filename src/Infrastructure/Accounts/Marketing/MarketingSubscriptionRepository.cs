using Groupus.Application.Accounts.Marketing;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Accounts.Marketing;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts.Marketing;

internal sealed class MarketingSubscriptionRepository(AccountsDbContext db, IBlindIndex blindIndex) : IMarketingSubscriptionRepository
{
    public Task<MarketingSubscription?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<MarketingSubscription>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<MarketingSubscription?> FindByEmailAsync(string normalisedEmail, CancellationToken cancellationToken)
    {
        var index = blindIndex.Of(SubjectIdentifier.Email(normalisedEmail));
        return db.Set<MarketingSubscription>().FirstOrDefaultAsync(s => s.EmailIndex == index, cancellationToken);
    }

    public void Add(MarketingSubscription subscription) => db.Set<MarketingSubscription>().Add(subscription);
}
