using System.Security.Claims;
using Groupus.Application.Common.Security;

namespace Groupus.Infrastructure.Security;

/// <summary>
/// The caller of the current scope: set from the request's authenticated principal at the edge,
/// or to the system for background work.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public const string StaffIdClaim = "sub";
    public const string RoleClaim = "role";

    public bool IsAuthenticated { get; private set; }

    public bool IsSystem { get; private set; }

    public Guid? StaffId { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    public string? AuthenticationFailure { get; private set; }

    public void ActAsSystem()
    {
        IsSystem = true;
        IsAuthenticated = true;
    }

    public void SetFrom(ClaimsPrincipal principal, string? authenticationFailure)
    {
        AuthenticationFailure = authenticationFailure;
        if (principal.Identity?.IsAuthenticated != true)
        {
            return;
        }

        IsAuthenticated = true;
        StaffId = Guid.TryParse(principal.FindFirstValue(StaffIdClaim), out var id) ? id : null;
        Roles = principal.FindAll(RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
    }
}
