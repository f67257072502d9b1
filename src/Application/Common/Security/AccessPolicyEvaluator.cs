using Groupus.Application.Common.Results;

namespace Groupus.Application.Common.Security;

/// <summary>Decides whether the current user may send a message declaring a given access policy.</summary>
public static class AccessPolicyEvaluator
{
    public static Error? Check(AccessPolicyAttribute? policy, ICurrentUser user) => policy switch
    {
        AnonymousAttribute => null,
        _ when user.IsSystem => null,
        SystemOnlyAttribute => Error.Forbidden("This operation is reserved to the server itself."),
        _ when !user.IsAuthenticated => Error.Unauthenticated(user.AuthenticationFailure ?? "Sign in first: this call needs an access token."),
        AnyStaffAttribute => null,
        AuthorizeRolesAttribute roles when roles.Roles.Any(user.Roles.Contains) => null,
        AuthorizeRolesAttribute roles => Error.Forbidden($"This operation needs one of the roles: {string.Join(", ", roles.Roles)}."),
        _ => Error.Forbidden("This operation declares no access policy, so nobody may call it."),
    };
}
