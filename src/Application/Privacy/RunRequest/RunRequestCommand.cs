using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>Runs a verified request over every module, or resumes one a crash interrupted; never marks it completed while a step is pending or data remains.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record RunRequestCommand(string RequestId) : ICommand<Result<RequestView>>;
