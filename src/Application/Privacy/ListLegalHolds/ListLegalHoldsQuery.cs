using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.ListLegalHolds;

/// <summary>Legal holds, for one subject or all, active only unless released ones are asked for.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record ListLegalHoldsQuery(string? SubjectId, bool IncludeReleased) : IQuery<Result<IReadOnlyList<LegalHold>>>;
