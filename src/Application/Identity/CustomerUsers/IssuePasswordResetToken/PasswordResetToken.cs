namespace Groupus.Application.Identity.CustomerUsers.IssuePasswordResetToken;

public sealed record PasswordResetToken(string Token, DateTime ExpiresAtUtc);
