using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class IdentityMustBeVerifiedToRunRule(DateTime? verifiedAtUtc) : IBusinessRule
{
    public string Code => "IDENTITY_NOT_VERIFIED";

    public string Message => "The subject's identity has not been verified: send a code and verify it before running the request.";

    public bool IsBroken() => verifiedAtUtc is null;
}
