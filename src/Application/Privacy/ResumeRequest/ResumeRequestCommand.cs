using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.ResumeRequest;

/// <summary>The subject answered: the deadline clock runs again with the days that were left.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ResumeRequestCommand(string RequestId) : ICommand<Result<RequestView>>;
