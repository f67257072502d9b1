using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts;

/// <summary>A member of staff who signs in to the back office tools.</summary>
public sealed class StaffMember : AggregateRoot
{
    private StaffMember()
    {
    }

    /// <summary>Lower-case, unique.</summary>
    public string Username { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public string PasswordHash { get; private set; } = "";

    public bool PasswordChangeRequired { get; private set; }

    public int FailedLoginCount { get; private set; }

    public DateTime? LockedOutUntilUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? LastLoginAtUtc { get; private set; }

    public static string NormaliseUsername(string username) => username.Trim().ToLowerInvariant();

    public static StaffMember Create(string username, string displayName, IEnumerable<string> roles, string passwordHash, DateTime nowUtc)
    {
        var distinctRoles = roles.Distinct(StringComparer.Ordinal).ToList();
        CheckRule(new StaffMemberMustHoldAKnownRoleRule(distinctRoles));
        return new StaffMember
        {
            Id = Guid.CreateVersion7(),
            Username = NormaliseUsername(username),
            DisplayName = displayName.Trim(),
            Roles = distinctRoles,
            PasswordHash = passwordHash,
            PasswordChangeRequired = true,
            CreatedAtUtc = nowUtc,
        };
    }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool IsLockedOut(DateTime nowUtc) => LockedOutUntilUtc > nowUtc;

    /// <summary>Counts a failed login; the attempt that reaches the limit locks the account.</summary>
    public void RecordFailedLogin(DateTime nowUtc, LockoutPolicy policy)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= policy.MaxFailedAttempts)
        {
            LockedOutUntilUtc = nowUtc + policy.LockoutDuration;
            FailedLoginCount = 0;
        }

        MarkChanged();
    }

    public void RecordSuccessfulLogin(DateTime nowUtc)
    {
        FailedLoginCount = 0;
        LockedOutUntilUtc = null;
        LastLoginAtUtc = nowUtc;
        MarkChanged();
    }

    public void ChangePassword(string newPasswordHash)
    {
        PasswordHash = newPasswordHash;
        PasswordChangeRequired = false;
        MarkChanged();
    }

    /// <summary>A password set by someone else (an admin, or the first-run bootstrap) must be changed at next login.</summary>
    public void ResetPassword(string newPasswordHash)
    {
        PasswordHash = newPasswordHash;
        PasswordChangeRequired = true;
        MarkChanged();
    }

    public void Unlock()
    {
        FailedLoginCount = 0;
        LockedOutUntilUtc = null;
        MarkChanged();
    }
}
