using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.PreRegisterVisitor;

[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record PreRegisterVisitorCommand(
    string VisitorName,
    string? Company,
    string HostUsername,
    DateTime? ExpectedAt,
    string? Purpose) : ICommand<Result<VisitDto>>;
