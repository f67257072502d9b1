using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class StaffDirectory(AccountsDbContext db) : IStaffDirectory
{
    public Task<StaffDirectoryEntry?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var normalised = StaffMember.NormaliseUsername(username);
        return db.Staff.AsNoTracking()
            .Where(s => s.Username == normalised)
            .Select(s => new StaffDirectoryEntry(s.Id, s.Username, s.DisplayName))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
