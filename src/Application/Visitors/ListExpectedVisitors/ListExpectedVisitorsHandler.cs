using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.ListExpectedVisitors;

public sealed class ListExpectedVisitorsHandler(IVisitReadStore store, TimeProvider clock)
    : IQueryHandler<ListExpectedVisitorsQuery, Result<IReadOnlyList<VisitDto>>>
{
    public async ValueTask<Result<IReadOnlyList<VisitDto>>> Handle(ListExpectedVisitorsQuery query, CancellationToken cancellationToken)
    {
        var day = (query.Day ?? clock.GetUtcNow().UtcDateTime).Date;
        return Result<IReadOnlyList<VisitDto>>.Success(await store.ListExpectedAsync(day, day.AddDays(1), cancellationToken));
    }
}
