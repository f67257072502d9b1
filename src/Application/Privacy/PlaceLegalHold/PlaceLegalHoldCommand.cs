using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.PlaceLegalHold;

/// <summary>Places a legal hold on a subject: erasure is refused until it is released.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record PlaceLegalHoldCommand(string SubjectId, string? Reason, string? Reference) : ICommand<Result<LegalHold>>;
