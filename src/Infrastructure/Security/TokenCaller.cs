using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;
using Groupus.Application.Common.Security;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// Who a token says its bearer is: read from its claims once per token (<see cref="CallerIdentity"/>), not on every call,
/// and shared by the session check and the scope's <see cref="CurrentUser"/>.
/// </summary>
public sealed record TokenCaller(PrincipalKind Kind, Guid PrincipalId, Guid? OrganisationId, int SessionVersion, IReadOnlySet<string> Roles)
{
    /// <summary>The caller the principal's token names; null when it names no kind or subject we know.</summary>
    public static TokenCaller? Of(ClaimsPrincipal principal) =>
        principal.Identity is CallerIdentity { Caller: var caller } ? caller : Read(principal.Claims);

    /// <summary>Reads the claims; null when they name no kind or subject we know.</summary>
    public static TokenCaller? Read(IEnumerable<Claim> claims)
    {
        string? kind = null, subject = null, organisation = null, version = null;
        var roles = new List<string>();
        foreach (var claim in claims)
        {
            switch (claim.Type)
            {
                case CurrentUser.KindClaim: kind ??= claim.Value; break;
                case CurrentUser.SubjectClaim: subject ??= claim.Value; break;
                case CurrentUser.OrganisationClaim: organisation ??= claim.Value; break;
                case SessionStates.VersionClaim: version ??= claim.Value; break;
                case CurrentUser.RoleClaim: roles.Add(claim.Value); break;
            }
        }

        if (!Enum.TryParse<PrincipalKind>(kind, ignoreCase: true, out var principalKind) || !Guid.TryParse(subject, out var principalId))
        {
            return null;
        }

        return new TokenCaller(
            principalKind,
            principalId,
            Guid.TryParse(organisation, out var organisationId) ? organisationId : null,
            int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var sessionVersion) ? sessionVersion : 0,
            roles.ToFrozenSet(StringComparer.Ordinal));
    }
}
