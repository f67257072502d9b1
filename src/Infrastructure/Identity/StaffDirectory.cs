using Groupus.Contracts.Identity;
using Groupus.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class StaffDirectory(IdentityDbContext db) : IStaffDirectory
{
    /// <summary>Compiled once: every walk-in's sign-in looks its host up here.</summary>
    private static readonly Func<IdentityDbContext, string, CancellationToken, Task<StaffDirectoryEntry?>> ByUsername =
        EF.CompileAsyncQuery((IdentityDbContext context, string username, CancellationToken _) => context.Staff.AsNoTracking()
            .Where(s => s.Username == username)
            .Select(s => new StaffDirectoryEntry(s.Id, s.Username, s.DisplayName))
            .FirstOrDefault());

    public Task<StaffDirectoryEntry?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        ByUsername(db, StaffMember.NormaliseUsername(username), cancellationToken);

    public Task<StaffDirectoryEntry?> FindAsync(Guid staffId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Select(s => new StaffDirectoryEntry(s.Id, s.Username, s.DisplayName))
            .FirstOrDefaultAsync(cancellationToken);
}
