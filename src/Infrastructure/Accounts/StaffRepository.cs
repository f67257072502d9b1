using Groupus.Application.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class StaffRepository(AccountsDbContext db) : IStaffRepository
{
    public Task<StaffMember?> FindByUsernameAsync(string normalisedUsername, CancellationToken cancellationToken) =>
        db.Staff.FirstOrDefaultAsync(s => s.Username == normalisedUsername, cancellationToken);

    public Task<StaffMember?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Staff.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Staff.AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        await db.Staff.AsNoTracking().OrderBy(s => s.Username).ToListAsync(cancellationToken);

    public void Add(StaffMember member) => db.Staff.Add(member);
}
