namespace Groupus.Application.Sales.Marketing;

/// <summary>Every subscription whose consent currently stands, read-only, oldest first.</summary>
public interface IMarketingAudienceSource
{
    Task<IReadOnlyList<MarketingRecipient>> ListSubscribedAsync(CancellationToken cancellationToken);
}
