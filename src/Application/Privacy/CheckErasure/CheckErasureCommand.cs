using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.CheckErasure;

/// <summary>Asks every module again after an erasure's steps; reopens the steps of the modules that still hold data, and names them.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record CheckErasureCommand(string RequestId) : ICommand<Result<IReadOnlyList<string>>>;
