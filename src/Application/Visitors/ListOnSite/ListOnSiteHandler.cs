using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.ListOnSite;

public sealed class ListOnSiteHandler(IVisitReadStore store) : IQueryHandler<ListOnSiteQuery, Result<IReadOnlyList<VisitDto>>>
{
    public async ValueTask<Result<IReadOnlyList<VisitDto>>> Handle(ListOnSiteQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<VisitDto>>.Success(await store.ListOnSiteAsync(cancellationToken));
}
