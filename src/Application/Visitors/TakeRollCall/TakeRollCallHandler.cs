using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.TakeRollCall;

public sealed class TakeRollCallHandler(IVisitReadStore store, TimeProvider clock) : IQueryHandler<TakeRollCallQuery, Result<RollCall>>
{
    public async ValueTask<Result<RollCall>> Handle(TakeRollCallQuery query, CancellationToken cancellationToken)
    {
        var takenAt = clock.GetUtcNow().UtcDateTime;
        var onSite = await store.ListOnSiteAsync(cancellationToken);
        return new RollCall(takenAt, onSite);
    }
}
