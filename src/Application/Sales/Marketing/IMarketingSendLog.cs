using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

/// <summary>The record of marketing messages sent, one row per subscriber and campaign.</summary>
public interface IMarketingSendLog
{
    void Add(MarketingSend send);
}
