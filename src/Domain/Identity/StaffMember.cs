using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>A member of staff who signs in to the back office tools.</summary>
public sealed class StaffMember : PasswordAccount
{
    private StaffMember()
    {
    }

    [PersonalData(PersonalDataCategory.Identification)]
    public string DisplayName { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Professional)]
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public static StaffMember Create(string username, string displayName, IEnumerable<string> roles, string passwordHash, DateTime nowUtc)
    {
        var distinctRoles = roles.Distinct(StringComparer.Ordinal).ToList();
        CheckRule(new StaffMemberMustHoldAKnownRoleRule(distinctRoles));
        var member = new StaffMember
        {
            Id = Guid.CreateVersion7(),
            Username = NormaliseUsername(username),
            DisplayName = displayName.Trim(),
            Roles = distinctRoles,
            CreatedAtUtc = nowUtc,
        };
        member.InitialisePassword(passwordHash, changeRequired: true);
        return member;
    }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
