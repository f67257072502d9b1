using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.FinishRequest;

/// <summary>A run's last step: every step done, the request completes (or waits for its referrals).</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record FinishRequestCommand(string RequestId) : ICommand<Result<RequestView>>;
