using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Groupus.Application.Identity.Login;

public sealed partial class LoginHandler(
    IStaffRepository staff,
    PasswordLogin passwordLogin,
    IAccessTokenIssuer tokens,
    IInitialPasswordStore initialPasswords,
    ILogger<LoginHandler> logger) : ICommandHandler<LoginCommand, Result<LoginResult>>
{
    public async ValueTask<Result<LoginResult>> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var username = PasswordAccount.NormaliseUsername(command.Username);
        var member = await staff.FindByUsernameAsync(username, cancellationToken);
        var refusal = await passwordLogin.CheckAsync("staff", username, member, command.Password, command.NewPassword, cancellationToken);
        if (refusal is not null)
        {
            LogRefused(logger, member?.Id, refusal.Code);
            return refusal;
        }

        if (command.NewPassword is not null)
        {
            initialPasswords.Remove(member!.Username);
        }

        return new LoginResult(tokens.IssueForStaff(member!), member!.Username, member.Roles);
    }

    /// <summary>Only the account id: never the username typed (it may be someone's password) nor a password.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff login refused ({Reason}) for account {StaffId}")]
    private static partial void LogRefused(ILogger logger, Guid? staffId, string reason);
}
