using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Accounts.Login;

public sealed partial class LoginHandler(
    IStaffRepository staff,
    IPasswordHasher hasher,
    IAccessTokenIssuer tokens,
    IInitialPasswordStore initialPasswords,
    IUnitOfWork unitOfWork,
    IOptions<AccountsOptions> options,
    TimeProvider clock,
    ILogger<LoginHandler> logger) : ICommandHandler<LoginCommand, Result<LoginResult>>
{
    private static readonly Error WrongCredentials = Error.Unauthenticated("Wrong username or password.");

    public async ValueTask<Result<LoginResult>> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var member = await staff.FindByUsernameAsync(StaffMember.NormaliseUsername(command.Username), cancellationToken);
        if (member is null)
        {
            hasher.VerifyAgainstDecoy(command.Password);
            LogUnknownUsername(logger);
            return WrongCredentials;
        }

        if (member.IsLockedOut(now))
        {
            LogLockedOut(logger, member.Id);
            return Error.BusinessRule("ACCOUNT_LOCKED", "This account is locked after repeated failed logins. Try again later or ask an admin to unlock it.");
        }

        var check = hasher.Verify(member.PasswordHash, command.Password);
        if (check == PasswordCheck.Failed)
        {
            member.RecordFailedLogin(now, new LockoutPolicy(options.Value.MaxFailedLogins, options.Value.LockoutDuration));
            // A refused login still records the failure: that is what makes lockout work.
            await unitOfWork.CommitAsync(cancellationToken);
            LogWrongPassword(logger, member.Id, member.IsLockedOut(now));
            return WrongCredentials;
        }

        if (command.NewPassword is not null)
        {
            member.ChangePassword(hasher.Hash(command.NewPassword));
            initialPasswords.Remove(member.Username);
        }
        else if (member.PasswordChangeRequired)
        {
            return Error.BusinessRule("PASSWORD_CHANGE_REQUIRED", "This password must be changed: log in again with a new password.", nameof(command.NewPassword));
        }
        else if (check == PasswordCheck.SucceededRehashNeeded)
        {
            member.ChangePassword(hasher.Hash(command.Password));
        }

        member.RecordSuccessfulLogin(now);
        return new LoginResult(tokens.Issue(member), member.Username, member.Roles);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused: unknown username")]
    private static partial void LogUnknownUsername(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused for staff account {StaffId}: account locked")]
    private static partial void LogLockedOut(ILogger logger, Guid staffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused for staff account {StaffId}: wrong password (now locked: {LockedOut})")]
    private static partial void LogWrongPassword(ILogger logger, Guid staffId, bool lockedOut);
}
