using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.ReleaseLegalHold;

[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ReleaseLegalHoldCommand(string HoldId, string? Reason) : ICommand<Result<LegalHold>>;
