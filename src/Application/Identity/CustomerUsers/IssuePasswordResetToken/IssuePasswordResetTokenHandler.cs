using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Identity.CustomerUsers.IssuePasswordResetToken;

public sealed class IssuePasswordResetTokenHandler(CustomerUserAccess access, IOptions<IdentityOptions> options, TimeProvider clock)
    : ICommandHandler<IssuePasswordResetTokenCommand, Result<PasswordResetToken>>
{
    public async ValueTask<Result<PasswordResetToken>> Handle(IssuePasswordResetTokenCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.UserId, cancellationToken);
        if (found.Error is { } notFound)
        {
            return notFound;
        }

        if (access.CheckMayReset(found.Value) is { } forbidden)
        {
            return forbidden;
        }

        var (token, hash) = ResetTokens.Create(found.Value.Id);
        var expiresAt = clock.GetUtcNow().UtcDateTime + options.Value.PasswordResetTokenLifetime;
        found.Value.IssuePasswordResetToken(hash, expiresAt);
        return new PasswordResetToken(token, expiresAt);
    }
}
