using Groupus.Application.Accounts.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts;
using Mediator;

namespace Groupus.Application.Accounts.CustomerUsers.ResetPassword;

public sealed class ResetPasswordHandler(ICustomerUserRepository users, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        ResetTokens.TryReadUserId(command.Token, out var userId);
        var user = await users.GetAsync(userId, cancellationToken);
        var rule = new PasswordResetTokenMustBeValidRule(user!, ResetTokens.Hash(command.Token), clock.GetUtcNow().UtcDateTime);
        if (user is null || rule.IsBroken())
        {
            // Forged, used, expired or for an unknown user: one answer, so the token reveals nothing.
            return Error.BusinessRule(rule.Code, rule.Message, nameof(command.Token));
        }

        user.ResetPassword(ResetTokens.Hash(command.Token), hasher.Hash(command.NewPassword), clock.GetUtcNow().UtcDateTime);
        return Result.Success();
    }
}
