namespace Groupus.Application.Accounts;

public sealed record AccessToken(string Token, DateTime ExpiresAtUtc);
