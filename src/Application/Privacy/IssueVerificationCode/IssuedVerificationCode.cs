namespace Groupus.Application.Privacy.IssueVerificationCode;

/// <summary>The code to send (held in memory only) and where to send it.</summary>
public sealed record IssuedVerificationCode(string Code, string Address, DateTime ExpiresAtUtc);
