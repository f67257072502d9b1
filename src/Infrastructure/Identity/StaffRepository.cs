using Groupus.Application.Identity;
using Groupus.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class StaffRepository(IdentityDbContext db) : IStaffRepository
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
