using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Accounts.Passwords;

/// <summary>
/// The password check shared by staff and customer logins: lockout, failure counting, the must-change rule,
/// rehashing with current parameters, and a sign-in audit record for every attempt. Refusals are committed here
/// (the pipeline commits only successes): a refused login must still count and be audited.
/// </summary>
public sealed partial class PasswordLogin(
    IPasswordHasher hasher, IUnitOfWork unitOfWork, ISignInAudit audit, IOptions<AccountsOptions> options, TimeProvider clock, ILogger<PasswordLogin> logger)
{
    public static readonly Error WrongCredentials = Error.Unauthenticated("Wrong username or password.");

    public static readonly Error Locked = Error.BusinessRule(
        "ACCOUNT_LOCKED", "This account is locked after repeated failed logins. Try again later or ask an admin to unlock it.");

    public static readonly Error PasswordChangeRequired = Error.BusinessRule(
        "PASSWORD_CHANGE_REQUIRED", "This password must be changed: log in again with a new password.", "NewPassword");

    /// <summary>Null when the account may have its token; otherwise why not.</summary>
    public async Task<Error?> CheckAsync(string accountKind, PasswordAccount? account, string password, string? newPassword, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (account is null)
        {
            hasher.VerifyAgainstDecoy(password);
            return await RefuseAsync(now, accountKind, null, SignInOutcome.UnknownAccount, WrongCredentials, cancellationToken);
        }

        if (account.IsLockedOut(now))
        {
            return await RefuseAsync(now, accountKind, account.Id, SignInOutcome.RefusedWhileLocked, Locked, cancellationToken);
        }

        var check = hasher.Verify(account.PasswordHash, password);
        if (check == PasswordCheck.Failed)
        {
            account.RecordFailedLogin(now, new LockoutPolicy(options.Value.MaxFailedLogins, options.Value.LockoutDuration));
            var lockedNow = account.IsLockedOut(now);
            if (lockedNow)
            {
                LogLocked(logger, account.Id);
            }

            var outcome = lockedNow ? SignInOutcome.WrongPasswordAccountLocked : SignInOutcome.WrongPassword;
            return await RefuseAsync(now, accountKind, account.Id, outcome, WrongCredentials, cancellationToken);
        }

        if (newPassword is not null)
        {
            account.ChangePassword(hasher.Hash(newPassword));
        }
        else if (account.PasswordChangeRequired)
        {
            return await RefuseAsync(now, accountKind, account.Id, SignInOutcome.PasswordChangeRequired, PasswordChangeRequired, cancellationToken);
        }
        else if (check == PasswordCheck.SucceededRehashNeeded)
        {
            account.ChangePassword(hasher.Hash(password));
        }

        account.RecordSuccessfulLogin(now);
        audit.Add(SignInEvent.Record(now, accountKind, account.Id, SignInOutcome.Succeeded));
        return null;
    }

    private async Task<Error> RefuseAsync(DateTime now, string accountKind, Guid? accountId, SignInOutcome outcome, Error refusal, CancellationToken cancellationToken)
    {
        audit.Add(SignInEvent.Record(now, accountKind, accountId, outcome));
        await unitOfWork.CommitAsync(cancellationToken);
        return refusal;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} locked after repeated failed logins")]
    private static partial void LogLocked(ILogger logger, Guid accountId);
}
