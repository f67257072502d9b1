using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.VerifyIdentity;

/// <summary>Checks the code the subject read back. Wrong, expired or exhausted codes are refused (FailedPrecondition) and the attempt is kept.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record VerifyIdentityCommand(string RequestId, string Code) : ICommand<Result<RequestView>>
{
    public override string ToString() => "VerifyIdentityCommand(redacted)";
}
