using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.SearchVisitHistory;

/// <summary>Visits signed in within [From, To), optionally for one host, a page at a time.</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin, StaffRole.PrivacyOfficer)]
public sealed record SearchVisitHistoryQuery(DateTime? From, DateTime? To, string? HostUsername, int PageSize, string? PageToken)
    : IQuery<Result<VisitHistoryPage>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
