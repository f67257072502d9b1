using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Accounts.Passwords;

/// <summary>
/// The password check shared by staff and customer logins: lockout, failure counting (committed even though the
/// login is refused), the must-change rule, and rehashing with current parameters.
/// </summary>
public sealed partial class PasswordLogin(
    IPasswordHasher hasher, IUnitOfWork unitOfWork, IOptions<AccountsOptions> options, TimeProvider clock, ILogger<PasswordLogin> logger)
{
    public static readonly Error WrongCredentials = Error.Unauthenticated("Wrong username or password.");

    public static readonly Error Locked = Error.BusinessRule(
        "ACCOUNT_LOCKED", "This account is locked after repeated failed logins. Try again later or ask an admin to unlock it.");

    public static readonly Error PasswordChangeRequired = Error.BusinessRule(
        "PASSWORD_CHANGE_REQUIRED", "This password must be changed: log in again with a new password.", "NewPassword");

    /// <summary>Null when the account may have its token; otherwise why not.</summary>
    public async Task<Error?> CheckAsync(PasswordAccount? account, string password, string? newPassword, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (account is null)
        {
            hasher.VerifyAgainstDecoy(password);
            return WrongCredentials;
        }

        if (account.IsLockedOut(now))
        {
            return Locked;
        }

        var check = hasher.Verify(account.PasswordHash, password);
        if (check == PasswordCheck.Failed)
        {
            account.RecordFailedLogin(now, new LockoutPolicy(options.Value.MaxFailedLogins, options.Value.LockoutDuration));
            // A refused login still records the failure: that is what makes lockout work.
            await unitOfWork.CommitAsync(cancellationToken);
            if (account.IsLockedOut(now))
            {
                LogLocked(logger, account.Id);
            }

            return WrongCredentials;
        }

        if (newPassword is not null)
        {
            account.ChangePassword(hasher.Hash(newPassword));
        }
        else if (account.PasswordChangeRequired)
        {
            return PasswordChangeRequired;
        }
        else if (check == PasswordCheck.SucceededRehashNeeded)
        {
            account.ChangePassword(hasher.Hash(password));
        }

        account.RecordSuccessfulLogin(now);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} locked after repeated failed logins")]
    private static partial void LogLocked(ILogger logger, Guid accountId);
}
