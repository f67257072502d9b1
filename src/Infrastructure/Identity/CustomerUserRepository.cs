using Groupus.Application.Identity;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class CustomerUserRepository(IdentityDbContext db) : ICustomerUserRepository
{
    public Task<CustomerUser?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.CustomerUsers.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<CustomerUser?> FindByUsernameAsync(Guid organisationId, string normalisedUsername, CancellationToken cancellationToken) =>
        db.CustomerUsers.FirstOrDefaultAsync(u => u.OrganisationId == organisationId && u.Username == normalisedUsername, cancellationToken);

    /// <summary>Within one organisation: another organisation's usernames are neither checked nor revealed.</summary>
    public Task<bool> UsernameExistsAsync(Guid organisationId, string normalisedUsername, CancellationToken cancellationToken) =>
        db.CustomerUsers.AnyAsync(u => u.OrganisationId == organisationId && u.Username == normalisedUsername, cancellationToken);

    public Task<int> CountOwnersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.CustomerUsers.CountAsync(u => u.OrganisationId == organisationId && u.Role == OrganisationRole.Owner && u.ErasedAtUtc == null, cancellationToken);

    public async Task<IReadOnlyList<CustomerUser>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.CustomerUsers.AsNoTracking().Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Username).ToListAsync(cancellationToken);

    public void Add(CustomerUser user) => db.CustomerUsers.Add(user);
}
