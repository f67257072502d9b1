using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts;

public interface IGatewayCredentialRepository
{
    Task<GatewayCredential?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<GatewayCredential>> ListAsync(CancellationToken cancellationToken);

    void Add(GatewayCredential credential);
}
