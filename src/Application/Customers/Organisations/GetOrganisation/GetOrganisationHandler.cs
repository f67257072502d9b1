using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Customers.Organisations.GetOrganisation;

public sealed class GetOrganisationHandler(IOrganisationRepository organisations, OrganisationScope scope)
    : IQueryHandler<GetOrganisationQuery, Result<OrganisationDto>>
{
    public async ValueTask<Result<OrganisationDto>> Handle(GetOrganisationQuery query, CancellationToken cancellationToken)
    {
        var id = scope.Resolve(query.OrganisationId);
        if (id.Error is { } refused)
        {
            return refused;
        }

        var organisation = await organisations.ReadAsync(id.Value, cancellationToken);
        return organisation is null ? OrganisationScope.NotFoundOrganisation : OrganisationDto.From(organisation);
    }
}
