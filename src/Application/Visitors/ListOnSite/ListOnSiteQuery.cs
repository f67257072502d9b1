using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.ListOnSite;

/// <summary>Everyone signed in now, by sign-in time, a page at a time.</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record ListOnSiteQuery(int PageSize, string? PageToken) : IQuery<Result<OnSitePage>>
{
    /// <summary>Large enough that a busy building fits one page, as it did before the list was paged.</summary>
    public const int DefaultPageSize = 500;
    public const int MaxPageSize = 1000;
}
