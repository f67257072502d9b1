using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.ListReceivedFaxes;

public sealed class ListReceivedFaxesHandler(ReceivedFaxLister lister, FaxAccess access)
    : IQueryHandler<ListReceivedFaxesQuery, Result<ReceivedFaxList>>
{
    public async ValueTask<Result<ReceivedFaxList>> Handle(ListReceivedFaxesQuery query, CancellationToken cancellationToken)
    {
        var listed = access.ListedOrganisation(query.OrganisationId);
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        var organisation = listed.Value;

        return await lister.ListAsync(organisation, unroutedOnly: false, query.PageSize, query.PageToken, cancellationToken);
    }
}
