using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy;
using Mediator;

namespace Groupus.Application.Privacy.VerifyAuditLog;

/// <summary>Walks the privacy audit log and reports the first row that was edited, removed or reordered, if any.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record VerifyAuditLogQuery : IQuery<Result<AuditChainVerification>>;
