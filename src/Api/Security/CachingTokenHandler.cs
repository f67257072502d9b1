using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Api.Security;

/// <summary>
/// Verifies a bearer token's signature, issuer, audience and lifetime once and remembers the outcome, keyed by the
/// token's text, until the token would no longer pass (its expiry plus the clock skew): an ES256 verification costs
/// more than the rest of a read, and reading its claims again on every call cost more than the session check. Only what
/// the token itself proves is remembered, as one identity no call can change; whether its session still stands is asked
/// on every call (<c>OnTokenValidated</c>). Bounded: past <see cref="Capacity"/> tokens, new ones are
/// verified on every call until old ones expire.
/// </summary>
public sealed class CachingTokenHandler : JsonWebTokenHandler, IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache _verified = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        // The clock the token's lifetime is validated against (IdentityModel reads the system clock).
        var now = TimeProvider.System.GetUtcNow();
        if (_verified.TryGetValue(token, out VerifiedToken? verified) && now < verified!.UsableUntil)
        {
            return verified.Result();
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken { ValidTo: var validTo } && validTo > DateTime.MinValue)
        {
            var usableUntil = new DateTimeOffset(validTo, TimeSpan.Zero) + validationParameters.ClockSkew;
            verified = new VerifiedToken(result, usableUntil);
            _verified.Set(token, verified, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = usableUntil });
            return verified.Result();
        }

        return result;
    }

    public void Dispose() => _verified.Dispose();
}
