using Groupus.Application.Common.Results;

namespace Groupus.Application.Common.Security;

/// <summary>Decides whether the current caller may send a message declaring a given access policy.</summary>
public static class AccessPolicyEvaluator
{
    public static Error? Check(AccessPolicyAttribute? policy, ICurrentUser user) => policy switch
    {
        AnonymousAttribute => null,
        _ when user.IsSystem => null,
        SystemOnlyAttribute => Error.Forbidden("This operation is reserved to the server itself."),
        _ when !user.IsAuthenticated => Error.Unauthenticated(user.AuthenticationFailure ?? "Sign in first: this call needs an access token."),
        GatewayOnlyAttribute => user.Kind == PrincipalKind.Gateway ? null : Error.Forbidden("This operation is reserved to fax gateways."),
        _ when user.Kind == PrincipalKind.Gateway => Error.Forbidden("A gateway may only use the gateway link."),
        SignedInAttribute => null,
        AnyStaffAttribute => user.Kind == PrincipalKind.Staff ? null : StaffOnly,
        AuthorizeRolesAttribute roles => user.Kind != PrincipalKind.Staff
            ? StaffOnly
            : HasAny(user, roles.Roles) ? null : NeedsRole(roles.Roles),
        OrganisationMemberOrStaffAttribute policy2 => user.Kind switch
        {
            PrincipalKind.Customer => HasAny(user, policy2.OrganisationRoles) ? null : NeedsRole(policy2.OrganisationRoles, "organisation "),
            _ => HasAny(user, policy2.StaffRoles) ? null : NeedsRole(policy2.StaffRoles),
        },
        _ => Error.Forbidden("This operation declares no access policy, so nobody may call it."),
    };

    private static Error StaffOnly => Error.Forbidden("This operation is for staff only.");

    private static bool HasAny(ICurrentUser user, IReadOnlyList<string> roles) => roles.Any(user.Roles.Contains);

    private static Error NeedsRole(IReadOnlyList<string> roles, string kind = "") =>
        Error.Forbidden($"This operation needs one of the {kind}roles: {string.Join(", ", roles)}.");
}
