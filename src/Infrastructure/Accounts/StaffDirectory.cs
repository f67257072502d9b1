using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class StaffDirectory(AccountsDbContext db) : IStaffDirectory
{
    /// <summary>Compiled once: every walk-in's sign-in looks its host up here.</summary>
    private static readonly Func<AccountsDbContext, string, CancellationToken, Task<StaffDirectoryEntry?>> ByUsername =
        EF.CompileAsyncQuery((AccountsDbContext context, string username, CancellationToken _) => context.Staff.AsNoTracking()
            .Where(s => s.Username == username)
            .Select(s => new StaffDirectoryEntry(s.Id, s.Username, s.DisplayName))
            .FirstOrDefault());

    public Task<StaffDirectoryEntry?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        ByUsername(db, StaffMember.NormaliseUsername(username), cancellationToken);
}
