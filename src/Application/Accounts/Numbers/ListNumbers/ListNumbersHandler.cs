using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.Numbers.ListNumbers;

public sealed class ListNumbersHandler(IPhoneNumberRepository numbers, OrganisationScope scope) : IQueryHandler<ListNumbersQuery, Result<NumberPage>>
{
    public async ValueTask<Result<NumberPage>> Handle(ListNumbersQuery query, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(query.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        var purpose = query.Purpose?.ToString();
        string? after = null;
        if (!string.IsNullOrEmpty(query.PageToken))
        {
            if (!NumberPageToken.TryRead(query.PageToken, organisationId.Value, purpose, out var last))
            {
                return Error.Invalid(nameof(query.PageToken), "is not a page token from this list");
            }

            after = last;
        }

        var pageSize = query.PageSize == 0 ? ListNumbersQuery.DefaultPageSize : query.PageSize;
        // One extra row tells whether another page exists without counting the organisation's numbers.
        var rows = await numbers.ListAsync(organisationId.Value, query.Purpose, after, pageSize + 1, cancellationToken);
        var page = rows.Take(pageSize).Select(PhoneNumberDto.From).ToList();
        return new NumberPage(page, rows.Count > pageSize ? NumberPageToken.Create(organisationId.Value, purpose, page[^1].E164) : null);
    }
}
