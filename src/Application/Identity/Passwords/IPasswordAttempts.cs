using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// The failed-login count and lockout of an account, changed by single statements in the database (never by saving
/// the loaded aggregate): concurrent attempts all count, and bookkeeping never collides with the account's version.
/// </summary>
public interface IPasswordAttempts
{
    /// <summary>The lockout as it is now in the database, not as the account was loaded.</summary>
    Task<DateTime?> LockedOutUntilAsync(PasswordAccount account, CancellationToken cancellationToken);

    /// <summary>Adds one failure; true when it reached the limit and locked the account.</summary>
    Task<bool> RecordFailureAsync(PasswordAccount account, DateTime nowUtc, LockoutPolicy policy, CancellationToken cancellationToken);

    Task RecordSuccessAsync(PasswordAccount account, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Stores a stronger hash of the same password, unless the password changed meanwhile; no session ends.</summary>
    Task RehashAsync(PasswordAccount account, string newHash, CancellationToken cancellationToken);
}
