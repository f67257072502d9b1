using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.ListUnroutedFaxes;

public sealed class ListUnroutedFaxesHandler(ReceivedFaxLister lister) : IQueryHandler<ListUnroutedFaxesQuery, Result<ReceivedFaxList>>
{
    public async ValueTask<Result<ReceivedFaxList>> Handle(ListUnroutedFaxesQuery query, CancellationToken cancellationToken) =>
        await lister.ListAsync(null, unroutedOnly: true, query.PageSize, query.PageToken, cancellationToken);
}
