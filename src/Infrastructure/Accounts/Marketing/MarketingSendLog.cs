using Groupus.Application.Accounts.Marketing;
using Groupus.Domain.Accounts.Marketing;

namespace Groupus.Infrastructure.Accounts.Marketing;

internal sealed class MarketingSendLog(AccountsDbContext db) : IMarketingSendLog
{
    public void Add(MarketingSend send) => db.Set<MarketingSend>().Add(send);
}
