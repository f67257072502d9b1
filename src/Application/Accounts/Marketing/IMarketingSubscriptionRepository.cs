using Groupus.Domain.Accounts.Marketing;

namespace Groupus.Application.Accounts.Marketing;

public interface IMarketingSubscriptionRepository
{
    Task<MarketingSubscription?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>By normalised e-mail address (one subscription per address).</summary>
    Task<MarketingSubscription?> FindByEmailAsync(string normalisedEmail, CancellationToken cancellationToken);

    void Add(MarketingSubscription subscription);
}
