using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.CloseReferral;

/// <summary>Records a customer organisation's answer to a referral; the request completes when every referral is closed and every step done.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record CloseReferralCommand(string RequestId, string OrganisationId, string? Outcome) : ICommand<Result<RequestView>>;
