using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>An organisation always has an owner: its only owner cannot be demoted, not even by themself.</summary>
public sealed class OrganisationMustKeepAnOwnerRule(string currentRole, string newRole, int ownersInOrganisation) : IBusinessRule
{
    public string Code => "LAST_OWNER";

    public string Message => "This is the organisation's only owner: appoint another owner first.";

    public bool IsBroken() => currentRole == OrganisationRole.Owner && newRole != OrganisationRole.Owner && ownersInOrganisation <= 1;
}
