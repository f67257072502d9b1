using Groupus.Application.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class CustomerUserRepository(AccountsDbContext db) : ICustomerUserRepository
{
    public Task<CustomerUser?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.CustomerUsers.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<CustomerUser?> FindByUsernameAsync(string normalisedUsername, CancellationToken cancellationToken) =>
        db.CustomerUsers.FirstOrDefaultAsync(u => u.Username == normalisedUsername, cancellationToken);

    /// <summary>Across every organisation (the tenant filter is lifted): usernames are unique system-wide.</summary>
    public Task<bool> UsernameExistsAsync(string normalisedUsername, CancellationToken cancellationToken) =>
        db.CustomerUsers.IgnoreQueryFilters().AnyAsync(u => u.Username == normalisedUsername, cancellationToken);

    public async Task<IReadOnlyList<CustomerUser>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.CustomerUsers.AsNoTracking().Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Username).ToListAsync(cancellationToken);

    public void Add(CustomerUser user) => db.CustomerUsers.Add(user);
}
