using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.ListRetentionRuns;

public sealed class ListRetentionRunsHandler(IVisitReadStore store) : IQueryHandler<ListRetentionRunsQuery, Result<IReadOnlyList<RetentionRunDto>>>
{
    public async ValueTask<Result<IReadOnlyList<RetentionRunDto>>> Handle(ListRetentionRunsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<RetentionRunDto>>.Success(await store.ListRetentionRunsAsync(ListRetentionRunsQuery.MaxRuns, cancellationToken));
}
