using Groupus.Application.Sales.Marketing;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Marketing;
using Microsoft.EntityFrameworkCore;
using Groupus.Infrastructure.Sales;

namespace Groupus.Infrastructure.Sales.Marketing;

internal sealed class MarketingSubscriptionRepository(SalesDbContext db, IBlindIndex blindIndex) : IMarketingSubscriptionRepository
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
