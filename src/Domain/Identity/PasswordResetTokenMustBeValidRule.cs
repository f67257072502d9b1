using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

public sealed class PasswordResetTokenMustBeValidRule(PasswordAccount? account, string tokenHash, DateTime nowUtc) : IBusinessRule
{
    public string Code => "RESET_TOKEN_INVALID";

    public string Message => "This password reset token is invalid, already used or expired; ask for a new one.";

    public bool IsBroken() => account is null || !account.AcceptsResetToken(tokenHash, nowUtc);
}
