using Groupus.Domain.Common;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.TakeRollCall;

/// <summary>Everyone on site at this moment, for a fire roll-call.</summary>
[AuthorizeRoles(StaffRole.Reception, StaffRole.Admin)]
public sealed record TakeRollCallQuery : IQuery<Result<RollCall>>;
