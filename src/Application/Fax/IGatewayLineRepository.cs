using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public interface IGatewayLineRepository
{
    Task<IReadOnlyList<GatewayLine>> ListAsync(Guid gatewayId, CancellationToken cancellationToken);

    void Add(GatewayLine line);

    void Remove(GatewayLine line);
}
