using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.ListRequests;

public sealed class ListRequestsHandler(IDataSubjectRequests requests, IOptions<PrivacyRequestOptions> options, TimeProvider clock)
    : IQueryHandler<ListRequestsQuery, Result<RequestPage>>
{
    public async ValueTask<Result<RequestPage>> Handle(ListRequestsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var soon = today.AddDays(options.Value.DueSoonDays);
        var take = query.PageSize == 0 ? 50 : query.PageSize;
        var skip = query.PageToken is null ? 0 : int.Parse(query.PageToken, CultureInfo.InvariantCulture);
        var filter = query.Standing switch
        {
            RequestStandingFilter.Due => new RequestListFilter(query.Statuses, soon.AddDays(1), null, true, skip, take + 1),
            RequestStandingFilter.DueSoon => new RequestListFilter(query.Statuses, today, soon, true, skip, take + 1),
            RequestStandingFilter.Overdue => new RequestListFilter(query.Statuses, null, null, true, skip, take + 1, OverdueOn: today),
            RequestStandingFilter.Closed => new RequestListFilter(query.Statuses, null, null, false, skip, take + 1),
            _ => new RequestListFilter(query.Statuses, null, null, null, skip, take + 1),
        };
        var found = await requests.ListAsync(filter, cancellationToken);
        var page = new List<RequestView>();
        foreach (var request in found.Take(take))
        {
            page.Add(await RequestView.LoadAsync(request, requests, clock, cancellationToken));
        }

        return new RequestPage(page, found.Count > take ? (skip + take).ToString(CultureInfo.InvariantCulture) : null);
    }
}
