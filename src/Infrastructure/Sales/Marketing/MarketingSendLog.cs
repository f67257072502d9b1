using Groupus.Application.Sales.Marketing;
using Groupus.Domain.Sales.Marketing;
using Groupus.Infrastructure.Sales;

namespace Groupus.Infrastructure.Sales.Marketing;

internal sealed class MarketingSendLog(SalesDbContext db) : IMarketingSendLog
{
    public void Add(MarketingSend send) => db.Set<MarketingSend>().Add(send);
}
