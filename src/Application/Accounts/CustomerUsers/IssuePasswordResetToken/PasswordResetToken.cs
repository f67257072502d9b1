namespace Groupus.Application.Accounts.CustomerUsers.IssuePasswordResetToken;

public sealed record PasswordResetToken(string Token, DateTime ExpiresAtUtc);
