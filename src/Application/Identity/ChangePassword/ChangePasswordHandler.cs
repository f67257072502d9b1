using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.ChangePassword;

public sealed class ChangePasswordHandler(
    IStaffRepository staff, ICustomerUserRepository customerUsers, IPasswordHasher hasher, IInitialPasswordStore initialPasswords, ICurrentUser currentUser)
    : ICommandHandler<ChangePasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        PasswordAccount? account = currentUser.Kind switch
        {
            PrincipalKind.Staff => await staff.GetAsync(currentUser.PrincipalId!.Value, cancellationToken),
            PrincipalKind.Customer => await customerUsers.GetAsync(currentUser.PrincipalId!.Value, cancellationToken),
            _ => null,
        };
        if (account is null)
        {
            return Error.NotFound("Your account");
        }

        if (hasher.Verify(account.PasswordHash, command.CurrentPassword) == PasswordCheck.Failed)
        {
            return Error.Invalid(nameof(command.CurrentPassword), "is not your current password");
        }

        if (UsernameDerivedPasswords.IsDerivedFrom(command.NewPassword, account.Username))
        {
            return Error.Invalid(nameof(command.NewPassword), UsernameDerivedPasswords.Message);
        }

        account.ChangePassword(hasher.Hash(command.NewPassword));
        initialPasswords.Remove(account.Username);
        return Result.Success();
    }
}
