using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

public sealed class SignOutMustNotPrecedeSignInRule(DateTime signedInAtUtc, DateTime signedOutAtUtc) : IBusinessRule
{
    public string Code => "SIGN_OUT_BEFORE_SIGN_IN";

    public string Message => "A visitor cannot sign out before they signed in.";

    public bool IsBroken() => signedOutAtUtc < signedInAtUtc;
}
