using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.ListExpectedVisitors;

/// <summary>Visitors expected on the UTC day containing <see cref="Day"/> (today when null) who have not arrived.</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record ListExpectedVisitorsQuery(DateTime? Day) : IQuery<Result<IReadOnlyList<VisitDto>>>;
