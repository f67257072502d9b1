using Groupus.Application.Identity;
using Groupus.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class GatewayCredentialRepository(IdentityDbContext db) : IGatewayCredentialRepository
{
    public Task<GatewayCredential?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.GatewayCredentials.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);

    public async Task<IReadOnlyList<GatewayCredential>> ListAsync(CancellationToken cancellationToken) =>
        await db.GatewayCredentials.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);

    public void Add(GatewayCredential credential) => db.GatewayCredentials.Add(credential);
}
