using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.ListRetentionRuns;

[AuthorizeRoles(StaffRole.Admin, StaffRole.PrivacyOfficer)]
public sealed record ListRetentionRunsQuery : IQuery<Result<IReadOnlyList<RetentionRunDto>>>
{
    public const int MaxRuns = 500;
}
