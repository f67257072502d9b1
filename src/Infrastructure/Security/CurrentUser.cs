using System.Security.Claims;
using Groupus.Application.Common.Security;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// The caller of the current scope: set from the request's authenticated principal at the edge,
/// or to the system for background work.
/// </summary>
public sealed class CurrentUser : ICurrentUser, IRequestSource
{
    public const string SubjectClaim = "sub";
    public const string KindClaim = "kind";
    public const string RoleClaim = "role";
    public const string OrganisationClaim = "org";

    public PrincipalKind Kind { get; private set; }

    public Guid? PrincipalId { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    public string? AuthenticationFailure { get; private set; }

    /// <summary>The peer's address as the edge saw it; empty for background work.</summary>
    public string Address { get; set; } = "";

    public void ActAsSystem() => Kind = PrincipalKind.System;

    public void SetFrom(ClaimsPrincipal principal, string? authenticationFailure)
    {
        AuthenticationFailure = authenticationFailure;
        if (principal.Identity?.IsAuthenticated != true
            || TokenCaller.Of(principal) is not { Kind: not (PrincipalKind.None or PrincipalKind.System) } caller
            || caller is { Kind: PrincipalKind.Customer, OrganisationId: null })
        {
            return;
        }

        Kind = caller.Kind;
        PrincipalId = caller.PrincipalId;
        OrganisationId = caller.Kind == PrincipalKind.Customer ? caller.OrganisationId : null;
        Roles = caller.Roles;
    }
}
