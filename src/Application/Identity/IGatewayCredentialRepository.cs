using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

public interface IGatewayCredentialRepository
{
    Task<GatewayCredential?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<GatewayCredential>> ListAsync(CancellationToken cancellationToken);

    void Add(GatewayCredential credential);
}
