using System.Globalization;
using System.Security.Claims;
using Groupus.Application.Identity;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Groupus.Infrastructure.Security;
using Groupus.Infrastructure.Security.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Infrastructure.Identity.Tokens;

/// <summary>Issues ES256-signed JWTs naming the principal's kind, id, roles and (for customers) organisation.</summary>
internal sealed class JwtAccessTokenIssuer(SigningKeyRing keys, IOptions<TokenOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken IssueForStaff(StaffMember member) =>
        Issue(PrincipalKind.Staff, member.Id, member.Username, member.Roles, organisationId: null, options.Value.Lifetime, member.SessionVersion);

    public AccessToken IssueForCustomer(CustomerUser user) =>
        Issue(PrincipalKind.Customer, user.Id, user.Username, [user.Role], user.OrganisationId, options.Value.Lifetime, user.SessionVersion);

    public AccessToken IssueForGateway(GatewayCredential gateway) =>
        Issue(PrincipalKind.Gateway, gateway.Id, gateway.Name, [], organisationId: null, options.Value.GatewayLifetime, sessionVersion: 0);

    private AccessToken Issue(
        PrincipalKind kind, Guid subject, string name, IEnumerable<string> roles, Guid? organisationId, TimeSpan lifetime, int sessionVersion)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + lifetime;
        var claims = new List<Claim>
        {
            new(CurrentUser.SubjectClaim, subject.ToString()),
            new(CurrentUser.KindClaim, kind.ToString().ToLowerInvariant()),
            new("name", name),
            new(SessionStates.VersionClaim, sessionVersion.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
        };
        claims.AddRange(roles.Select(role => new Claim(CurrentUser.RoleClaim, role)));
        if (organisationId is { } organisation)
        {
            claims.Add(new Claim(CurrentUser.OrganisationClaim, organisation.ToString()));
        }

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
