using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.CreateRequest;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.ReceiveRequest;

/// <summary>One attempt at recording a submission: a new request, or a duplicate of the active one.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ReceiveRequestCommand(CreateRequestCommand Submission) : ICommand<Result<CreatedRequest>>;
