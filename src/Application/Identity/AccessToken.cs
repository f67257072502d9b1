namespace Groupus.Application.Identity;

public sealed record AccessToken(string Token, DateTime ExpiresAtUtc);
