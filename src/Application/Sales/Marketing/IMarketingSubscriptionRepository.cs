using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

public interface IMarketingSubscriptionRepository
{
    Task<MarketingSubscription?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>By normalised e-mail address (one subscription per address).</summary>
    Task<MarketingSubscription?> FindByEmailAsync(string normalisedEmail, CancellationToken cancellationToken);

    void Add(MarketingSubscription subscription);
}
