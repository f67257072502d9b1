using Groupus.Application.Common.Paging;
using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects;

public interface IProspectRepository
{
    Task<Prospect?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Newest first. <paramref name="search"/> matches part of the company, the contact's name or the work e-mail.</summary>
    Task<IReadOnlyList<Prospect>> ListAsync(ProspectStatus? status, string? search, PageKey? before, int take, CancellationToken cancellationToken);

    void Add(Prospect prospect);
}
