using Groupus.Application.Visitors;
using Groupus.Domain.Visitors;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors;

internal sealed class VisitRepository(VisitorsDbContext db) : IVisitRepository
{
    /// <summary>Compiled once: every sign-in asks it, and translating its LINQ on every call cost more than the query.</summary>
    private static readonly Func<VisitorsDbContext, string, CancellationToken, Task<bool>> BadgeWorn =
        EF.CompileAsyncQuery((VisitorsDbContext context, string badgeNumber, CancellationToken _) => context.Visits.Any(v => v.ActiveBadgeNumber == badgeNumber));

    public Task<Visit?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Visits.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    public Task<Visit?> FindOnSiteByBadgeAsync(string badgeNumber, CancellationToken cancellationToken) =>
        db.Visits.FirstOrDefaultAsync(v => v.ActiveBadgeNumber == badgeNumber, cancellationToken);

    public Task<bool> IsBadgeWornAsync(string badgeNumber, CancellationToken cancellationToken) => BadgeWorn(db, badgeNumber, cancellationToken);

    public async Task<IReadOnlyList<Visit>> ListDueForAnonymisationAsync(
        DateTime cutOffUtc, IReadOnlySet<Guid> heldSubjects, int batchSize, CancellationToken cancellationToken) =>
        await db.Visits
            .Where(Visit.DueForAnonymisation(cutOffUtc))
            .Where(v => !heldSubjects.Contains(v.DataSubjectId))
            .OrderBy(v => v.CreatedAtUtc)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

    public void Add(Visit visit) => db.Visits.Add(visit);

    public void AddRetentionRun(VisitRetentionRun run) => db.RetentionRuns.Add(run);
}
