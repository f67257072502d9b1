using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.SignInVisitor;

/// <summary>Signs in a pre-registered visitor (VisitId set) or a walk-in (name, host and purpose given).</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record SignInVisitorCommand(
    string? VisitId,
    string? VisitorName,
    string? Company,
    string? Purpose,
    string? HostUsername,
    string BadgeNumber) : ICommand<Result<VisitDto>>
{
    public bool IsWalkIn => VisitId is null;
}
