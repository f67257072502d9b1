using Groupus.Application.Identity.Passwords;
using Groupus.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

/// <summary>Failed-login counting as single UPDATE statements, so no attempt is lost to a race and none conflicts.</summary>
internal sealed class PasswordAttempts(IdentityDbContext db) : IPasswordAttempts
{
    public Task<DateTime?> LockedOutUntilAsync(PasswordAccount account, CancellationToken cancellationToken) => account switch
    {
        StaffMember => LockedOutUntilAsync(Rows(db.Staff, account), cancellationToken),
        _ => LockedOutUntilAsync(Rows(db.CustomerUsers, account), cancellationToken),
    };

    public Task<bool> RecordFailureAsync(PasswordAccount account, DateTime nowUtc, LockoutPolicy policy, CancellationToken cancellationToken) => account switch
    {
        StaffMember => RecordFailureAsync(Rows(db.Staff, account), nowUtc, policy, cancellationToken),
        _ => RecordFailureAsync(Rows(db.CustomerUsers, account), nowUtc, policy, cancellationToken),
    };

    public Task RecordSuccessAsync(PasswordAccount account, DateTime nowUtc, CancellationToken cancellationToken) => account switch
    {
        StaffMember => RecordSuccessAsync(Rows(db.Staff, account), nowUtc, cancellationToken),
        _ => RecordSuccessAsync(Rows(db.CustomerUsers, account), nowUtc, cancellationToken),
    };

    public Task RehashAsync(PasswordAccount account, string newHash, CancellationToken cancellationToken) => account switch
    {
        StaffMember => RehashAsync(Rows(db.Staff, account), account.PasswordHash, newHash, cancellationToken),
        _ => RehashAsync(Rows(db.CustomerUsers, account), account.PasswordHash, newHash, cancellationToken),
    };

    private static IQueryable<T> Rows<T>(DbSet<T> set, PasswordAccount account)
        where T : PasswordAccount
    {
        var id = account.Id;
        return set.IgnoreQueryFilters().Where(a => a.Id == id);
    }

    private static Task<DateTime?> LockedOutUntilAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken)
        where T : PasswordAccount =>
        rows.Select(a => a.LockedOutUntilUtc).SingleAsync(cancellationToken);

    private static async Task<bool> RecordFailureAsync<T>(IQueryable<T> rows, DateTime nowUtc, LockoutPolicy policy, CancellationToken cancellationToken)
        where T : PasswordAccount
    {
        await rows.ExecuteUpdateAsync(set => set.SetProperty(a => a.FailedLoginCount, a => a.FailedLoginCount + 1), cancellationToken);
        var lockedUntil = nowUtc + policy.LockoutDuration;
        var limit = policy.MaxFailedAttempts;
        var locked = await rows
            .Where(a => a.FailedLoginCount >= limit)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.FailedLoginCount, 0).SetProperty(a => a.LockedOutUntilUtc, lockedUntil), cancellationToken);
        return locked > 0;
    }

    private static Task<int> RecordSuccessAsync<T>(IQueryable<T> rows, DateTime nowUtc, CancellationToken cancellationToken)
        where T : PasswordAccount =>
        rows.ExecuteUpdateAsync(
            set => set.SetProperty(a => a.FailedLoginCount, 0)
                .SetProperty(a => a.LockedOutUntilUtc, (DateTime?)null)
                .SetProperty(a => a.LastLoginAtUtc, nowUtc),
            cancellationToken);

    private static Task<int> RehashAsync<T>(IQueryable<T> rows, string oldHash, string newHash, CancellationToken cancellationToken)
        where T : PasswordAccount =>
        rows.Where(a => a.PasswordHash == oldHash).ExecuteUpdateAsync(set => set.SetProperty(a => a.PasswordHash, newHash), cancellationToken);
}
