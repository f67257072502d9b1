using Groupus.Application.Common.Paging;
using Groupus.Domain.Customers;

namespace Groupus.Application.Customers;

public interface IOrganisationRepository
{
    Task<Organisation?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The organisation to read, not to change: not tracked, so saving the scope never writes it.</summary>
    Task<Organisation?> ReadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Ordered by (legal name, id), starting after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<Organisation>> ListAsync(OrganisationStatus? status, string? nameContains, PageKey? after, int take, CancellationToken cancellationToken);

    void Add(Organisation organisation);
}
