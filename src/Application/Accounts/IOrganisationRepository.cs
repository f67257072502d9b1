using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts;

public interface IOrganisationRepository
{
    Task<Organisation?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Organisation>> ListAsync(OrganisationStatus? status, string? nameContains, int skip, int take, CancellationToken cancellationToken);

    void Add(Organisation organisation);
}
