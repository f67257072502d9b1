using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.SearchVisitHistory;

public sealed class SearchVisitHistoryHandler(IVisitReadStore store) : IQueryHandler<SearchVisitHistoryQuery, Result<VisitHistoryPage>>
{
    public async ValueTask<Result<VisitHistoryPage>> Handle(SearchVisitHistoryQuery query, CancellationToken cancellationToken)
    {
        var from = query.From!.Value;
        var to = query.To!.Value;
        var pageSize = query.PageSize == 0 ? SearchVisitHistoryQuery.DefaultPageSize : query.PageSize;
        var offset = 0;
        if (!string.IsNullOrEmpty(query.PageToken))
        {
            HistoryPageToken.TryRead(query.PageToken, from, to, out offset);
        }

        // One extra row tells whether another page exists without counting the whole range.
        var rows = await store.SearchHistoryAsync(from, to, query.HostUsername?.Trim().ToLowerInvariant(), offset, pageSize + 1, cancellationToken);
        var hasMore = rows.Count > pageSize;
        var page = hasMore ? rows.Take(pageSize).ToList() : rows;
        return new VisitHistoryPage(page, hasMore ? HistoryPageToken.Create(offset + pageSize, from, to) : null);
    }
}
