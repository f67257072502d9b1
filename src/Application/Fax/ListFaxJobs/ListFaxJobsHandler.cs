using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.ListFaxJobs;

public sealed class ListFaxJobsHandler(IFaxJobRepository jobs, ICurrentUser caller, OrganisationScope scope) : IQueryHandler<ListFaxJobsQuery, Result<FaxJobList>>
{
    public async ValueTask<Result<FaxJobList>> Handle(ListFaxJobsQuery query, CancellationToken cancellationToken)
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
