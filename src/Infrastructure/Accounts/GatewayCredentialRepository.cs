using Groupus.Application.Accounts;
using Groupus.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class GatewayCredentialRepository(AccountsDbContext db) : IGatewayCredentialRepository
{
    public Task<GatewayCredential?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.GatewayCredentials.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);

    public async Task<IReadOnlyList<GatewayCredential>> ListAsync(CancellationToken cancellationToken) =>
        await db.GatewayCredentials.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);

    public void Add(GatewayCredential credential) => db.GatewayCredentials.Add(credential);
}
