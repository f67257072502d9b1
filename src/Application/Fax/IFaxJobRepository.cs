using Groupus.Application.Common.Paging;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public interface IFaxJobRepository
{
    Task<FaxJob?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The most urgent job due at <paramref name="nowUtc"/> whose number has no call in progress: highest priority,
    /// then the earliest due, then the earliest submitted.
    /// </summary>
    Task<FaxJob?> NextDueAsync(DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>When the next pending or sleeping job falls due, if any.</summary>
    Task<DateTime?> NextWakeUpAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<FaxJob>> ListLeasedToAsync(Guid gatewayId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FaxJob>> ListLapsedLeasesAsync(DateTime nowUtc, int batchSize, CancellationToken cancellationToken);

    /// <summary>Newest first, from the cursor's offset.</summary>
    Task<IReadOnlyList<FaxJob>> ListAsync(Guid? organisationId, IReadOnlyCollection<FaxJobState> states, PageKey? before, int take, CancellationToken cancellationToken);

    void Add(FaxJob job);
}
