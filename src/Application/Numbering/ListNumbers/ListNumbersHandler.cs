using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Numbering.ListNumbers;

public sealed class ListNumbersHandler(IPhoneNumberRepository numbers, OrganisationScope scope, IPageTokens tokens) : IQueryHandler<ListNumbersQuery, Result<NumberPage>>
{
    public async ValueTask<Result<NumberPage>> Handle(ListNumbersQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        var purpose = query.Purpose?.ToString();
        var pageScope = new PageScope("accounts.numbers", organisationId.Value.ToString("N"), purpose);
        var after = tokens.After(pageScope, query.PageToken);
        if (after.Error is { } invalid)
        {
            return invalid;
        }

        var pageSize = query.PageSize == 0 ? ListNumbersQuery.DefaultPageSize : query.PageSize;
        // One extra row tells whether another page exists without counting the organisation's numbers. The list is keyed on
        // the E.164 number alone (it is unique), so the key's id is left empty.
        var rows = await numbers.ListAsync(organisationId.Value, query.Purpose, after.Value?.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(pageScope, rows, pageSize, n => new PageKey(n.E164, Guid.Empty));
        return new NumberPage([.. page.Select(PhoneNumberDto.From)], next);
    }
}
