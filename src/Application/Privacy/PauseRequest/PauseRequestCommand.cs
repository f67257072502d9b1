using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.PauseRequest;

/// <summary>Waiting for the subject: the deadline clock stops until the request is resumed.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record PauseRequestCommand(string RequestId, string? Reason) : ICommand<Result<RequestView>>;
