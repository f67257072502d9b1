using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.ListFaxJobs;

public sealed class ListFaxJobsHandler(IFaxJobRepository jobs, FaxAccess access) : IQueryHandler<ListFaxJobsQuery, Result<FaxJobList>>
{
    public async ValueTask<Result<FaxJobList>> Handle(ListFaxJobsQuery query, CancellationToken cancellationToken)
    {
        var listed = access.ListedOrganisation(query.OrganisationId);
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        var organisation = listed.Value;

        // Checked after the organisation, so a foreign organisation is not found whatever the token.
        if (!FaxListCursor.TryRead(query.PageToken, out var cursor))
        {
            return FaxListCursor.InvalidToken;
        }
        var size = query.PageSize == 0 ? ListFaxJobsQuery.DefaultPageSize : query.PageSize;
        var rows = await jobs.ListAsync(organisation, query.States, cursor, size + 1, cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new FaxListCursor((cursor?.Offset ?? 0) + size).ToToken() : null;
        return new FaxJobList([.. page.Select(FaxJobDto.From)], next);
    }
}
