using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.RejectRequest;

/// <summary>Rejects the request, with the reason the subject will be given.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record RejectRequestCommand(string RequestId, string? Reason) : ICommand<Result<RequestView>>;
