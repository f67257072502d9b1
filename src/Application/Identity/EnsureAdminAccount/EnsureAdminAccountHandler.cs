using Groupus.Domain.Common;
using System.Security.Cryptography;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.EnsureAdminAccount;

public sealed class EnsureAdminAccountHandler(IStaffRepository staff, IPasswordHasher hasher, IInitialPasswordStore initialPasswords, TimeProvider clock)
    : ICommandHandler<EnsureAdminAccountCommand, Result<string?>>
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async ValueTask<Result<string?>> Handle(EnsureAdminAccountCommand command, CancellationToken cancellationToken)
    {
        if (await staff.AnyAsync(cancellationToken))
        {
            return Result<string?>.Success(null);
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 24);
        var admin = StaffMember.Create(EnsureAdminAccountCommand.AdminUsername, "Administrator", [StaffRole.Admin], hasher.Hash(password), clock.GetUtcNow().UtcDateTime);
        staff.Add(admin);
        return await initialPasswords.WriteAsync(admin.Username, password, cancellationToken);
    }
}
