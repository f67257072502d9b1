using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class IdentityMustNotBeVerifiedAlreadyRule(DateTime? verifiedAtUtc) : IBusinessRule
{
    public string Code => "IDENTITY_ALREADY_VERIFIED";

    public string Message => "The subject's identity is already verified.";

    public bool IsBroken() => verifiedAtUtc is not null;
}
