namespace Groupus.Application.Sales.Marketing.SelectMarketingAudience;

/// <summary>The addresses selected, and how many subscribers were left out because they restricted or objected to marketing.</summary>
public sealed record MarketingAudience(IReadOnlyList<MarketingRecipient> Recipients, int LeftOutByRestriction, DateTime SelectedAtUtc);
