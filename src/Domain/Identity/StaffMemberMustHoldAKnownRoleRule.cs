using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

public sealed class StaffMemberMustHoldAKnownRoleRule(IReadOnlyCollection<string> roles) : IBusinessRule
{
    public string Code => "STAFF_ROLE_REQUIRED";

    public string Message => $"A staff member needs at least one of these roles: {string.Join(", ", StaffRole.All)}.";

    public bool IsBroken() => roles.Count == 0 || roles.Any(role => !StaffRole.IsKnown(role));
}
