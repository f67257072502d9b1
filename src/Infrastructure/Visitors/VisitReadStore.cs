using Groupus.Application.Visitors;
using Groupus.Domain.Visitors;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors;

internal sealed class VisitReadStore(VisitorsDbContext db, OnSiteCache onSiteCache) : IVisitReadStore
{
    /// <summary>
    /// The stamp is read before the rows, so a cached list is never older than the stamp it is filed under;
    /// any visit change bumps the stamp and the next call reads afresh.
    /// </summary>
    public async Task<IReadOnlyList<VisitDto>> ListOnSiteAsync(CancellationToken cancellationToken)
    {
        var stamp = await db.ChangeStamps.AsNoTracking()
            .Where(s => s.Id == VisitorsChangeStamp.SingletonId)
            .Select(s => s.Value)
            .SingleAsync(cancellationToken);
        if (onSiteCache.TryGet(stamp, out var cached))
        {
            return cached;
        }

        var visits = await Project(db.Visits.AsNoTracking()
                .Where(v => v.Status == VisitStatus.OnSite)
                .OrderBy(v => v.SignedInAtUtc))
            .ToListAsync(cancellationToken);
        onSiteCache.Store(stamp, visits);
        return visits;
    }

    public async Task<IReadOnlyList<VisitDto>> ListExpectedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await Project(db.Visits.AsNoTracking()
                .Where(v => v.Status == VisitStatus.Expected && v.ExpectedAtUtc >= fromUtc && v.ExpectedAtUtc < toUtc)
                .OrderBy(v => v.ExpectedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<VisitDto>> SearchHistoryAsync(DateTime fromUtc, DateTime toUtc, string? hostUsername, int skip, int take, CancellationToken cancellationToken)
    {
        var visits = db.Visits.AsNoTracking().Where(v => v.SignedInAtUtc >= fromUtc && v.SignedInAtUtc < toUtc);
        if (hostUsername is not null)
        {
            visits = visits.Where(v => v.HostUsername == hostUsername);
        }

        return await Project(visits.OrderBy(v => v.SignedInAtUtc).ThenBy(v => v.Id).Skip(skip).Take(take)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RetentionRunDto>> ListRetentionRunsAsync(int take, CancellationToken cancellationToken) =>
        await db.RetentionRuns.AsNoTracking()
            .OrderByDescending(r => r.RanAtUtc)
            .Take(take)
            .Select(r => new RetentionRunDto(r.RanAtUtc, r.CutOffUtc, r.AnonymisedCount))
            .ToListAsync(cancellationToken);

    private static IQueryable<VisitDto> Project(IQueryable<Visit> visits) =>
        visits.Select(v => new VisitDto(v.Id, v.Status, v.VisitorName, v.Company, v.Purpose, v.HostUsername, v.HostDisplayName,
            v.BadgeNumber, v.ExpectedAtUtc, v.SignedInAtUtc, v.SignedOutAtUtc, v.AnonymisedAtUtc != null, v.Version));
}
