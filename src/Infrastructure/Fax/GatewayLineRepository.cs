using Groupus.Application.Fax;
using Groupus.Domain.Fax;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax;

internal sealed class GatewayLineRepository(FaxDbContext db) : IGatewayLineRepository
{
    public async Task<IReadOnlyList<GatewayLine>> ListAsync(Guid gatewayId, CancellationToken cancellationToken) =>
        await db.GatewayLines.Where(l => l.GatewayId == gatewayId).ToListAsync(cancellationToken);

    public void Add(GatewayLine line) => db.GatewayLines.Add(line);

    public void Remove(GatewayLine line) => db.GatewayLines.Remove(line);
}
