using Microsoft.IdentityModel.Tokens;

namespace Groupus.Api.Security;

/// <summary>A verified token's outcome; each call gets its own identity, so no request sees another's changes.</summary>
internal sealed class VerifiedToken(TokenValidationResult result, DateTimeOffset usableUntil)
{
    public DateTimeOffset UsableUntil { get; } = usableUntil;

    public TokenValidationResult Copy() => new()
    {
        IsValid = true,
        SecurityToken = result.SecurityToken,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        Issuer = result.Issuer,
        TokenType = result.TokenType,
    };
}
