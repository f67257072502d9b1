using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.LiftRestriction;

/// <summary>Lifts the restriction or objection a completed request placed, with the reason.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record LiftRestrictionCommand(string RequestId, string? Reason) : ICommand<Result<RequestView>>;
