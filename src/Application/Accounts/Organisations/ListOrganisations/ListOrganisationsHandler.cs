using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Accounts.Organisations.ListOrganisations;

public sealed class ListOrganisationsHandler(IOrganisationRepository organisations) : IQueryHandler<ListOrganisationsQuery, Result<IReadOnlyList<OrganisationDto>>>
{
    public async ValueTask<Result<IReadOnlyList<OrganisationDto>>> Handle(ListOrganisationsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = query.PageSize == 0 ? ListOrganisationsQuery.DefaultPageSize : query.PageSize;
        var found = await organisations.ListAsync(query.Status, query.NameContains?.Trim(), query.Offset, pageSize, cancellationToken);
        return found.Select(OrganisationDto.From).ToList();
    }
}
