namespace Groupus.Application.Common.Security;

/// <summary>Staff holding at least one of the roles (and the system itself).</summary>
public sealed class AuthorizeRolesAttribute(params string[] roles) : AccessPolicyAttribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
