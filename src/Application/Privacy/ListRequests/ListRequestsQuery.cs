using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.ListRequests;

/// <summary>Requests by status and deadline standing, soonest due first.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ListRequestsQuery(IReadOnlyList<DataSubjectRequestStatus> Statuses, RequestStandingFilter Standing, int PageSize, string? PageToken)
    : IQuery<Result<RequestPage>>;
