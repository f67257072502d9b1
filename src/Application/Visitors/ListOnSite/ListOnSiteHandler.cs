using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.ListOnSite;

/// <summary>
/// Pages over the cached on-site snapshot (ordered by sign-in time, then id): each page starts after the last visit of the
/// one before, so visitors who arrive or leave between pages never make another visitor appear twice or be skipped.
/// </summary>
public sealed class ListOnSiteHandler(IVisitReadStore store, IPageTokens tokens) : IQueryHandler<ListOnSiteQuery, Result<OnSitePage>>
{
    private static readonly PageScope Scope = new("visitors.on-site");

    public async ValueTask<Result<OnSitePage>> Handle(ListOnSiteQuery query, CancellationToken cancellationToken)
    {
        var after = tokens.After(Scope, query.PageToken);
        if (after.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? ListOnSiteQuery.DefaultPageSize : query.PageSize;
        var onSite = await store.ListOnSiteAsync(cancellationToken);
        var start = after.Value is { } last ? FirstAfter(onSite, last) : 0;
        var rows = onSite.Skip(start).Take(pageSize + 1).ToList();
        var (page, next) = tokens.Cut(Scope, rows, pageSize, v => PageKey.At(v.SignedInAtUtc!.Value, v.Id));
        return new OnSitePage(page, next);
    }

    private static int FirstAfter(IReadOnlyList<VisitDto> onSite, PageKey last)
    {
        var (at, id) = (last.Time, last.Id);
        var index = 0;
        while (index < onSite.Count && (onSite[index].SignedInAtUtc < at || (onSite[index].SignedInAtUtc == at && onSite[index].Id.CompareTo(id) <= 0)))
        {
            index++;
        }

        return index;
    }
}
