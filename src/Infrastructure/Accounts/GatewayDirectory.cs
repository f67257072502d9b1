using Groupus.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Accounts;

internal sealed class GatewayDirectory(AccountsDbContext db) : IGatewayDirectory
{
    public async Task<string?> FindActiveNameAsync(Guid gatewayId, CancellationToken cancellationToken)
    {
        var credential = await db.GatewayCredentials.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gatewayId, cancellationToken);
        return credential is null || credential.IsRevoked ? null : credential.Name;
    }
}
