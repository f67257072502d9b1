using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Partners.ListResellers;

public sealed class ListResellersHandler(IResellerRepository resellers, IPageTokens tokens) : IQueryHandler<ListResellersQuery, Result<ResellerPage>>
{
    public async ValueTask<Result<ResellerPage>> Handle(ListResellersQuery query, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(query.NameContains) ? null : query.NameContains.Trim();
        var scope = new PageScope("accounts.resellers",
            query.Kind is { } kind ? ((int)kind).ToString(CultureInfo.InvariantCulture) : null,
            query.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : null,
            name);
        var after = tokens.After(scope, query.PageToken);
        if (after.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? ListResellersQuery.DefaultPageSize : query.PageSize;
        var rows = await resellers.ListAsync(query.Kind, query.Status, name, after.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, pageSize, r => new PageKey(r.Name, r.Id));
        return new ResellerPage([.. page.Select(ResellerDto.From)], next);
    }
}
