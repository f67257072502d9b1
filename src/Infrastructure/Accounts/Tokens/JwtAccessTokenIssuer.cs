using System.Security.Claims;
using Groupus.Application.Accounts;
using Groupus.Domain.Accounts;
using Groupus.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Infrastructure.Accounts.Tokens;

/// <summary>Issues ES256-signed JWTs carrying the staff member's id and roles.</summary>
internal sealed class JwtAccessTokenIssuer(SigningKeyRing keys, IOptions<TokenOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken Issue(StaffMember member)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + options.Value.Lifetime;
        var claims = new List<Claim> { new(CurrentUser.StaffIdClaim, member.Id.ToString()), new("name", member.Username) };
        claims.AddRange(member.Roles.Select(role => new Claim(CurrentUser.RoleClaim, role)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(keys.Current.SecurityKey, SecurityAlgorithms.EcdsaSha256),
        });
        return new AccessToken(token, expires);
    }
}
