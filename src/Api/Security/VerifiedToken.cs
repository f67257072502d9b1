using Groupus.Infrastructure.Security;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Api.Security;

/// <summary>
/// A verified token's outcome, kept for its lifetime: one identity that no call can change (<see cref="CallerIdentity"/>),
/// whose caller was read from the claims once. Each call gets its own result around it.
/// </summary>
internal sealed class VerifiedToken(TokenValidationResult result, DateTimeOffset usableUntil)
{
    private readonly CallerIdentity _identity = new(result.ClaimsIdentity);

    public DateTimeOffset UsableUntil { get; } = usableUntil;

    public TokenValidationResult Result() => new()
    {
        IsValid = true,
        SecurityToken = result.SecurityToken,
        ClaimsIdentity = _identity,
        Issuer = result.Issuer,
        TokenType = result.TokenType,
    };
}
