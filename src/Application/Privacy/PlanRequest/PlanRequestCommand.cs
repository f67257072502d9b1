using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.PlanRequest;

/// <summary>A run's first step: checks the request may run, plans it once (steps and referrals) and tells the referred organisations.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record PlanRequestCommand(string RequestId) : ICommand<Result<RequestRun>>;
