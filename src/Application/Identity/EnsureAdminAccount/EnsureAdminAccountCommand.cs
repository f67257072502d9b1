using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.EnsureAdminAccount;

/// <summary>
/// First run: with no staff at all, creates the <c>admin</c> account with a one-time password and hands
/// the password over through <see cref="IInitialPasswordStore"/>. Returns where it was written, or null.
/// </summary>
[SystemOnly]
public sealed record EnsureAdminAccountCommand : ICommand<Result<string?>>
{
    public const string AdminUsername = "admin";
}
