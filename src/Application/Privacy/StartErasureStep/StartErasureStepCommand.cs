using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.StartErasureStep;

/// <summary>Journals that an erasure step begins (again), with what the module held on its first start, before the module erases.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record StartErasureStepCommand(string RequestId, Guid StepId) : ICommand<Result>;
