using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Accounts.Prospects.ListProspects;

public sealed class ListProspectsHandler(IProspectRepository prospects) : IQueryHandler<ListProspectsQuery, Result<IReadOnlyList<ProspectDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ProspectDto>>> Handle(ListProspectsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = query.PageSize == 0 ? ListProspectsQuery.DefaultPageSize : query.PageSize;
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var found = await prospects.ListAsync(query.Status, search, query.Offset, pageSize, cancellationToken);
        return found.Select(ProspectDto.From).ToList();
    }
}
