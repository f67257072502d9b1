using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>
/// An account that signs in with a password: the hash, the must-change flag set when someone else chose the
/// password, the failed-login count and lockout, and a single-use reset token (only its hash is kept).
/// </summary>
public abstract class PasswordAccount : AggregateRoot
{
    /// <summary>Lower-case, unique among accounts of its kind.</summary>
    [PersonalData(PersonalDataCategory.AccountCredentials, PersonalDataCategory.Identification)]
    [StoredInClear("the sign-in name, looked up and kept unique by the database")]
    public string Username { get; protected set; } = "";

    [PersonalData(PersonalDataCategory.AccountCredentials)]
    [StoredInClear("a salted one-way hash")]
    public string PasswordHash { get; private set; } = "";

    public bool PasswordChangeRequired { get; private set; }

    public int FailedLoginCount { get; private set; }

    public DateTime? LockedOutUntilUtc { get; private set; }

    public DateTime? LastLoginAtUtc { get; private set; }

    [PersonalData(PersonalDataCategory.AccountCredentials)]
    [StoredInClear("a one-way hash of a short-lived token")]
    public string? PasswordResetTokenHash { get; private set; }

    public DateTime? PasswordResetExpiresAtUtc { get; private set; }

    /// <summary>
    /// Carried by every access token issued to the account; raising it ends every session issued before (a password
    /// change or reset, a role change, sign-in disabled).
    /// </summary>
    public int SessionVersion { get; private set; }

    public static string NormaliseUsername(string username) => username.Trim().ToLowerInvariant();

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

    /// <summary>The account holder chose this password; every session opened with the old one ends.</summary>
    public void ChangePassword(string newPasswordHash)
    {
        PasswordHash = newPasswordHash;
        PasswordChangeRequired = false;
        PasswordResetTokenHash = null;
        PasswordResetExpiresAtUtc = null;
        EndSessions();
    }

    /// <summary>Ends every session issued so far: their tokens carry an older <see cref="SessionVersion"/>.</summary>
    public void EndSessions()
    {
        SessionVersion++;
        MarkChanged();
    }

    public void Unlock()
    {
        FailedLoginCount = 0;
        LockedOutUntilUtc = null;
        MarkChanged();
    }

    /// <summary>Replaces any earlier reset token: only the newest one works.</summary>
    public void IssuePasswordResetToken(string tokenHash, DateTime expiresAtUtc)
    {
        PasswordResetTokenHash = tokenHash;
        PasswordResetExpiresAtUtc = expiresAtUtc;
        MarkChanged();
    }

    public bool AcceptsResetToken(string tokenHash, DateTime nowUtc) =>
        PasswordResetTokenHash is not null && PasswordResetTokenHash == tokenHash && PasswordResetExpiresAtUtc > nowUtc;

    /// <summary>Spends the reset token (single use) and sets the password the holder chose; also lifts a lockout.</summary>
    public void ResetPassword(string tokenHash, string newPasswordHash, DateTime nowUtc)
    {
        CheckRule(new PasswordResetTokenMustBeValidRule(this, tokenHash, nowUtc));
        ChangePassword(newPasswordHash);
        Unlock();
    }

    /// <summary>No one can sign in any more: the password is replaced by one nobody knows and the lockout never ends.</summary>
    protected void DisableSignIn(string unusablePasswordHash)
    {
        PasswordHash = unusablePasswordHash;
        PasswordChangeRequired = true;
        PasswordResetTokenHash = null;
        PasswordResetExpiresAtUtc = null;
        FailedLoginCount = 0;
        LockedOutUntilUtc = DateTime.MaxValue;
        EndSessions();
    }

    protected void InitialisePassword(string passwordHash, bool changeRequired)
    {
        PasswordHash = passwordHash;
        PasswordChangeRequired = changeRequired;
    }
}
