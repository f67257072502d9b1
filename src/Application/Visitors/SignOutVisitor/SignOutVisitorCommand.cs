using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.SignOutVisitor;

/// <summary>Signs a visitor out, found either by their visit or by the badge they hand back.</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record SignOutVisitorCommand(string? VisitId, string? BadgeNumber) : ICommand<Result<VisitDto>>;
