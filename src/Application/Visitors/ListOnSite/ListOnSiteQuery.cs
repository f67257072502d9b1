using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.ListOnSite;

[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record ListOnSiteQuery : IQuery<Result<IReadOnlyList<VisitDto>>>;
