using Groupus.Domain.Accounts.Marketing;

namespace Groupus.Application.Accounts.Marketing;

/// <summary>The record of marketing messages sent, one row per subscriber and campaign.</summary>
public interface IMarketingSendLog
{
    void Add(MarketingSend send);
}
