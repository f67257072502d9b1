namespace Groupus.Application.Common.Security;

/// <summary>
/// A customer's user holding one of <see cref="OrganisationRoles"/> (within their own organisation only, which
/// the handler enforces through <see cref="OrganisationScope"/>), or staff holding one of <see cref="StaffRoles"/>.
/// </summary>
public sealed class OrganisationMemberOrStaffAttribute(string[] organisationRoles, params string[] staffRoles) : AccessPolicyAttribute
{
    public IReadOnlyList<string> OrganisationRoles { get; } = organisationRoles;

    public IReadOnlyList<string> StaffRoles { get; } = staffRoles;
}
