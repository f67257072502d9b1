using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// The password check shared by staff and customer logins: progressive delay, lockout, failure counting, the
/// must-change rule, rehashing with current parameters, and a sign-in audit record for every attempt (a refusal keeps
/// its changes: the pipeline commits its audit record all the same). Failures and
/// lockouts are counted by single statements (<see cref="IPasswordAttempts"/>), one check at a time per account, so
/// parallel guesses all count. An unknown name, a wrong password and a locked account get one and the same answer
/// after the same hashing effort: the answer never tells which names exist.
/// </summary>
public sealed partial class PasswordLogin(
    IPasswordHasher hasher,
    IPasswordAttempts attempts,
    AccountGate gate,
    SignInThrottle throttle,
    IRequestSource source,
    ISignInAudit audit,
    IOptions<IdentityOptions> options,
    TimeProvider clock,
    ILogger<PasswordLogin> logger)
{
    public static readonly Error WrongCredentials = Error.Unauthenticated(
        "Wrong username or password (after repeated failures an account is locked for a while; an admin can unlock it).").KeepingChanges();

    public static readonly Error PasswordChangeRequired = Error.BusinessRule(
        "PASSWORD_CHANGE_REQUIRED", "This password must be changed: log in again with a new password.", "NewPassword").KeepingChanges();

    public static readonly Error AccessSuspended = Error.BusinessRule(
        "ACCESS_SUSPENDED", "Your organisation's access is suspended or closed; contact us.").KeepingChanges();

    /// <summary>Null when the account may have its token; otherwise why not.</summary>
    /// <param name="signInName">What the caller typed to name the account (qualified by kind and organisation): the throttle's key.</param>
    /// <param name="accessSuspended">The account may not sign in (its organisation is suspended): told only to someone who knows the password.</param>
    public async Task<Error?> CheckAsync(
        string accountKind,
        string signInName,
        PasswordAccount? account,
        string password,
        string? newPassword,
        CancellationToken cancellationToken,
        bool accessSuspended = false)
    {
        var throttleKey = $"{accountKind}:{signInName}";
        var delay = throttle.DelayFor(source.Address, throttleKey);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }

        var refusal = account is null
            ? RefuseUnknown(accountKind, password)
            : await CheckKnownAsync(accountKind, account, password, newPassword, accessSuspended, cancellationToken);
        if (refusal == WrongCredentials)
        {
            throttle.RecordFailure(source.Address, throttleKey);
        }
        else if (refusal is null)
        {
            throttle.RecordSuccess(source.Address, throttleKey);
        }

        return refusal;
    }

    private Error RefuseUnknown(string accountKind, string password)
    {
        hasher.VerifyAgainstDecoy(password);
        return Refuse(clock.GetUtcNow().UtcDateTime, accountKind, null, SignInOutcome.UnknownAccount, WrongCredentials);
    }

    private async Task<Error?> CheckKnownAsync(
        string accountKind, PasswordAccount account, string password, string? newPassword, bool accessSuspended, CancellationToken cancellationToken)
    {
        PasswordCheck check;
        using (var turn = await gate.EnterAsync(account.Id, cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (await attempts.LockedOutUntilAsync(account, cancellationToken) > now)
            {
                // The decoy costs what a real check costs, but outside the gate: a flood on a locked account queues nothing.
                turn.Dispose();
                hasher.VerifyAgainstDecoy(password);
                return Refuse(now, accountKind, account.Id, SignInOutcome.RefusedWhileLocked, WrongCredentials);
            }

            check = hasher.Verify(account.PasswordHash, password);
            if (check == PasswordCheck.Failed)
            {
                var lockedNow = await attempts.RecordFailureAsync(
                    account, now, new LockoutPolicy(options.Value.MaxFailedLogins, options.Value.LockoutDuration), cancellationToken);
                if (lockedNow)
                {
                    LogLocked(logger, account.Id);
                }

                var outcome = lockedNow ? SignInOutcome.WrongPasswordAccountLocked : SignInOutcome.WrongPassword;
                return Refuse(now, accountKind, account.Id, outcome, WrongCredentials);
            }

            await attempts.RecordSuccessAsync(account, now, cancellationToken);
        }

        var signedInAt = clock.GetUtcNow().UtcDateTime;
        if (accessSuspended)
        {
            return Refuse(signedInAt, accountKind, account.Id, SignInOutcome.OrganisationNotActive, AccessSuspended);
        }

        if (newPassword is not null)
        {
            account.ChangePassword(hasher.Hash(newPassword));
        }
        else if (account.PasswordChangeRequired)
        {
            return Refuse(signedInAt, accountKind, account.Id, SignInOutcome.PasswordChangeRequired, PasswordChangeRequired);
        }
        else if (check == PasswordCheck.SucceededRehashNeeded)
        {
            await attempts.RehashAsync(account, hasher.Hash(password), cancellationToken);
        }

        audit.Add(SignInEvent.Record(signedInAt, accountKind, account.Id, SignInOutcome.Succeeded));
        return null;
    }

    private Error Refuse(DateTime now, string accountKind, Guid? accountId, SignInOutcome outcome, Error refusal)
    {
        audit.Add(SignInEvent.Record(now, accountKind, accountId, outcome));
        return refusal;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} locked after repeated failed logins")]
    private static partial void LogLocked(ILogger logger, Guid accountId);
}
