using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.ListReceivedFaxes;

public sealed class ListReceivedFaxesHandler(ReceivedFaxLister lister, ICurrentUser caller, OrganisationScope scope)
    : IQueryHandler<ListReceivedFaxesQuery, Result<ReceivedFaxList>>
{
    public async ValueTask<Result<ReceivedFaxList>> Handle(ListReceivedFaxesQuery query, CancellationToken cancellationToken)
    {
        Guid? organisation = null;
        if (caller.Kind == PrincipalKind.Customer || !string.IsNullOrEmpty(query.OrganisationId))
        {
            var resolved = scope.Resolve(query.OrganisationId);
            if (!resolved.IsSuccess)
            {
                return resolved.Error!;
            }

            organisation = resolved.Value;
        }

        return await lister.ListAsync(organisation, unroutedOnly: false, query.PageSize, query.PageToken, cancellationToken);
    }
}
