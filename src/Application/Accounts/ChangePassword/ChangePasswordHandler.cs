using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.ChangePassword;

public sealed class ChangePasswordHandler(IStaffRepository staff, IPasswordHasher hasher, IInitialPasswordStore initialPasswords, ICurrentUser currentUser)
    : ICommandHandler<ChangePasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var member = currentUser.StaffId is { } id ? await staff.GetAsync(id, cancellationToken) : null;
        if (member is null)
        {
            return Error.NotFound("Your staff account");
        }

        if (hasher.Verify(member.PasswordHash, command.CurrentPassword) == PasswordCheck.Failed)
        {
            return Error.Invalid(nameof(command.CurrentPassword), "is not your current password");
        }

        member.ChangePassword(hasher.Hash(command.NewPassword));
        initialPasswords.Remove(member.Username);
        return Result.Success();
    }
}
