using Groupus.Contracts.Identity;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Identity;

internal sealed class GatewayDirectory(IdentityDbContext db) : IGatewayDirectory
{
    public async Task<string?> FindActiveNameAsync(Guid gatewayId, CancellationToken cancellationToken)
    {
        var credential = await db.GatewayCredentials.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gatewayId, cancellationToken);
        return credential is null || credential.IsRevoked ? null : credential.Name;
    }
}
