using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Accounts.Resellers.ListResellers;

public sealed class ListResellersHandler(IResellerRepository resellers) : IQueryHandler<ListResellersQuery, Result<IReadOnlyList<ResellerDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ResellerDto>>> Handle(ListResellersQuery query, CancellationToken cancellationToken)
    {
        var pageSize = query.PageSize == 0 ? ListResellersQuery.DefaultPageSize : query.PageSize;
        var name = string.IsNullOrWhiteSpace(query.NameContains) ? null : query.NameContains.Trim();
        var found = await resellers.ListAsync(query.Kind, query.Status, name, query.Offset, pageSize, cancellationToken);
        return found.Select(ResellerDto.From).ToList();
    }
}
