using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.ListFaxJobs;

public sealed class ListFaxJobsHandler(IFaxJobRepository jobs, FaxAccess access, IPageTokens tokens) : IQueryHandler<ListFaxJobsQuery, Result<FaxJobList>>
{
    public async ValueTask<Result<FaxJobList>> Handle(ListFaxJobsQuery query, CancellationToken cancellationToken)
    {
        var listed = access.ListedOrganisation(query.OrganisationId);
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        var organisation = listed.Value;

        // Read after the organisation is resolved, so a foreign organisation is not found whatever the token, and the
        // token is bound to the organisation the caller was resolved to.
        var scope = new PageScope("fax.jobs", organisation?.ToString("N"), string.Join(',', query.States.Distinct().Order()));
        var before = tokens.After(scope, query.PageToken);
        if (before.Error is { } refused)
        {
            return refused;
        }

        var size = query.PageSize == 0 ? ListFaxJobsQuery.DefaultPageSize : query.PageSize;
        var rows = await jobs.ListAsync(organisation, query.States, before.Value, size + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, size, j => PageKey.At(j.SubmittedAtUtc, j.Id));
        return new FaxJobList([.. page.Select(FaxJobDto.From)], next);
    }
}
