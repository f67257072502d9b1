using Groupus.Domain.Visitors;

namespace Groupus.Application.Visitors;

public interface IVisitRepository
{
    Task<Visit?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Visit?> FindOnSiteByBadgeAsync(string badgeNumber, CancellationToken cancellationToken);

    Task<bool> IsBadgeWornAsync(string badgeNumber, CancellationToken cancellationToken);

    Task<IReadOnlyList<Visit>> ListDueForAnonymisationAsync(DateTime cutOffUtc, int batchSize, CancellationToken cancellationToken);

    void Add(Visit visit);

    void AddRetentionRun(VisitRetentionRun run);
}
