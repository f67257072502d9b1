using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.ExtendRequest;

/// <summary>Extends the response deadline; needs a reason; capped by Privacy:MaxExtensionDays.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ExtendRequestCommand(string RequestId, int Days, string? Reason) : ICommand<Result<RequestView>>;
