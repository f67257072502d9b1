namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>When the code stops working, how many tries it allows, and the contact it went to, masked.</summary>
public sealed record VerificationCodeSent(DateTime ExpiresAtUtc, int AttemptsAllowed, string SentToMasked);
