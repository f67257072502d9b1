using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class VerificationCodeMustHaveBeenSentRule(string? codeHash) : IBusinessRule
{
    public string Code => "NO_VERIFICATION_CODE";

    public string Message => "No verification code is outstanding for this request: send a new code.";

    public bool IsBroken() => codeHash is null;
}
