using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.RunRequestStep;

/// <summary>Runs one step of a request's plan and marks it done.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record RunRequestStepCommand(string RequestId, Guid StepId) : ICommand<Result>;
