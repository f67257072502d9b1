using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.ListRequests;

public sealed class ListRequestsHandler(IDataSubjectRequests requests, IOptions<PrivacyRequestOptions> options, TimeProvider clock, IPageTokens tokens)
    : IQueryHandler<ListRequestsQuery, Result<RequestPage>>
{
    public async ValueTask<Result<RequestPage>> Handle(ListRequestsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var soon = today.AddDays(options.Value.DueSoonDays);

        // The day is part of the scope: "due soon" on another day is another list.
        var scope = new PageScope("privacy.requests", string.Join(',', query.Statuses.Distinct().Order()), query.Standing.ToString(),
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var after = tokens.After(scope, query.PageToken);
        if (after.Error is { } refused)
        {
            return refused;
        }

        var take = query.PageSize == 0 ? 50 : query.PageSize;
        var last = after.Value;
        var filter = query.Standing switch
        {
            RequestStandingFilter.Due => new RequestListFilter(query.Statuses, soon.AddDays(1), null, true, last, take + 1),
            RequestStandingFilter.DueSoon => new RequestListFilter(query.Statuses, today, soon, true, last, take + 1),
            RequestStandingFilter.Overdue => new RequestListFilter(query.Statuses, null, null, true, last, take + 1, OverdueOn: today),
            RequestStandingFilter.Closed => new RequestListFilter(query.Statuses, null, null, false, last, take + 1),
            _ => new RequestListFilter(query.Statuses, null, null, null, last, take + 1),
        };
        var found = await requests.ListAsync(filter, cancellationToken);
        var (rows, next) = tokens.Cut(scope, found, take,
            r => new PageKey(r.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", r.Id));
        var page = new List<RequestView>();
        foreach (var request in rows)
        {
            page.Add(await RequestView.LoadAsync(request, requests, clock, cancellationToken));
        }

        return new RequestPage(page, next);
    }
}
