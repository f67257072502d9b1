using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.ResetPassword;

public sealed class ResetPasswordHandler(ICustomerUserRepository users, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result>
{
    private static readonly PasswordResetTokenMustBeValidRule InvalidToken = new(null, "", DateTime.MinValue);

    public async ValueTask<Result> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        ResetTokens.TryReadUserId(command.Token, out var userId);
        var user = await users.GetAsync(userId, cancellationToken);
        var tokenHash = ResetTokens.Hash(command.Token);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || !user.AcceptsResetToken(tokenHash, now))
        {
            // Forged, used, expired or for an unknown user: one answer, so the token reveals nothing.
            return Error.BusinessRule(InvalidToken.Code, InvalidToken.Message, nameof(command.Token));
        }

        if (UsernameDerivedPasswords.IsDerivedFrom(command.NewPassword, user.Username))
        {
            return Error.Invalid(nameof(command.NewPassword), UsernameDerivedPasswords.Message);
        }

        user.ResetPassword(tokenHash, hasher.Hash(command.NewPassword), now);
        return Result.Success();
    }
}
