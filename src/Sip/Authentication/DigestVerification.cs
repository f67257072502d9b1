namespace Groupus.Sip.Authentication;

/// <summary>An outcome and, when authenticated, the user it proved.</summary>
public sealed record DigestVerification(DigestOutcome Outcome, string? Username = null);
