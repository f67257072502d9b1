using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Holds;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.ListLegalHolds;

public sealed class ListLegalHoldsHandler(ILegalHolds holds) : IQueryHandler<ListLegalHoldsQuery, Result<IReadOnlyList<LegalHold>>>
{
    public async ValueTask<Result<IReadOnlyList<LegalHold>>> Handle(ListLegalHoldsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<LegalHold>>.Success(await holds.ListAsync(query.SubjectId is null ? null : Guid.Parse(query.SubjectId), query.IncludeReleased, cancellationToken));
}
