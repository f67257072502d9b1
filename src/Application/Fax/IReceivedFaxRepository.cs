using Groupus.Application.Common.Paging;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public interface IReceivedFaxRepository
{
    Task<ReceivedFax?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<ReceivedFax?> FindByIdempotencyKeyAsync(Guid gatewayId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Newest first. <paramref name="unroutedOnly"/> lists the staff queue.</summary>
    Task<IReadOnlyList<ReceivedFax>> ListAsync(Guid? organisationId, bool unroutedOnly, PageKey? before, int take, CancellationToken cancellationToken);

    void Add(ReceivedFax fax);
}
