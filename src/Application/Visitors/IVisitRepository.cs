using Groupus.Domain.Visitors;

namespace Groupus.Application.Visitors;

public interface IVisitRepository
{
    Task<Visit?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Visit?> FindOnSiteByBadgeAsync(string badgeNumber, CancellationToken cancellationToken);

    Task<bool> IsBadgeWornAsync(string badgeNumber, CancellationToken cancellationToken);

    /// <summary>The oldest visits past the cut-off not yet anonymised, leaving out those of people under a legal hold.</summary>
    Task<IReadOnlyList<Visit>> ListDueForAnonymisationAsync(DateTime cutOffUtc, IReadOnlySet<Guid> heldSubjects, int batchSize, CancellationToken cancellationToken);

    void Add(Visit visit);

    void AddRetentionRun(VisitRetentionRun run);
}
