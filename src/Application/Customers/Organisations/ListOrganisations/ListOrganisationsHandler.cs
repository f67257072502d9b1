using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Customers.Organisations.ListOrganisations;

public sealed class ListOrganisationsHandler(IOrganisationRepository organisations, IPageTokens tokens) : IQueryHandler<ListOrganisationsQuery, Result<OrganisationPage>>
{
    public async ValueTask<Result<OrganisationPage>> Handle(ListOrganisationsQuery query, CancellationToken cancellationToken)
    {
        var nameContains = query.NameContains?.Trim();
        var scope = new PageScope("accounts.organisations", query.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : null, nameContains);
        var after = tokens.After(scope, query.PageToken);
        if (after.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? ListOrganisationsQuery.DefaultPageSize : query.PageSize;
        var rows = await organisations.ListAsync(query.Status, nameContains, after.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, pageSize, o => new PageKey(o.LegalName, o.Id));
        return new OrganisationPage([.. page.Select(OrganisationDto.From)], next);
    }
}
