using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Sales.Prospects.ListProspects;

public sealed class ListProspectsHandler(IProspectRepository prospects, IPageTokens tokens) : IQueryHandler<ListProspectsQuery, Result<ProspectPage>>
{
    public async ValueTask<Result<ProspectPage>> Handle(ListProspectsQuery query, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var scope = new PageScope("accounts.prospects", query.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : null, search);
        var before = tokens.After(scope, query.PageToken);
        if (before.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? ListProspectsQuery.DefaultPageSize : query.PageSize;
        var rows = await prospects.ListAsync(query.Status, search, before.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, pageSize, p => PageKey.At(p.ReceivedAtUtc, p.Id));
        return new ProspectPage([.. page.Select(ProspectDto.From)], next);
    }
}
