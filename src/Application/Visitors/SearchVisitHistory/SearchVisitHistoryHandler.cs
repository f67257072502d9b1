using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.SearchVisitHistory;

public sealed class SearchVisitHistoryHandler(IVisitReadStore store, IPageTokens tokens) : IQueryHandler<SearchVisitHistoryQuery, Result<VisitHistoryPage>>
{
    public async ValueTask<Result<VisitHistoryPage>> Handle(SearchVisitHistoryQuery query, CancellationToken cancellationToken)
    {
        var from = query.From!.Value;
        var to = query.To!.Value;
        var host = query.HostUsername?.Trim().ToLowerInvariant();
        var scope = new PageScope("visitors.history",
            from.Ticks.ToString(CultureInfo.InvariantCulture), to.Ticks.ToString(CultureInfo.InvariantCulture), host);
        var after = tokens.After(scope, query.PageToken);
        if (after.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? SearchVisitHistoryQuery.DefaultPageSize : query.PageSize;
        var rows = await store.SearchHistoryAsync(from, to, host, after.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, pageSize, v => PageKey.At(v.SignedInAtUtc!.Value, v.Id));
        return new VisitHistoryPage(page, next);
    }
}
