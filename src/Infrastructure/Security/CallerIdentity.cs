using System.Security.Claims;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// A verified token's identity, built once per token and shared by every call that presents it: its caller is read
/// from the claims once (<see cref="TokenCaller"/>), and its claims cannot be changed, so no call can alter what another
/// call sees.
/// </summary>
public sealed class CallerIdentity : ClaimsIdentity
{
    public CallerIdentity(ClaimsIdentity verified)
        : base(verified.Claims, verified.AuthenticationType, verified.NameClaimType, verified.RoleClaimType)
    {
        Caller = TokenCaller.Read(Claims);
    }

    /// <summary>Null when the token names no kind or subject we know.</summary>
    public TokenCaller? Caller { get; }

    public override void AddClaim(Claim claim) => throw Shared();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Shared();

    public override void RemoveClaim(Claim? claim) => throw Shared();

    public override bool TryRemoveClaim(Claim? claim) => throw Shared();

    private static InvalidOperationException Shared() =>
        new("A verified token's identity is shared by every call that presents the token; its claims cannot be changed.");
}
