using Groupus.Application.Common.Paging;
using Groupus.Application.Visitors;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors;

internal sealed class VisitReadStore(VisitorsDbContext db, OnSiteCache onSiteCache, ISubjectKeys subjectKeys) : IVisitReadStore
{
    /// <summary>Compiled once: read on every on-site list call, where translating its LINQ cost more than running it.</summary>
    private static readonly Func<VisitorsDbContext, CancellationToken, Task<long>> CurrentStamp =
        EF.CompileAsyncQuery((VisitorsDbContext context, CancellationToken _) =>
            context.ChangeStamps.AsNoTracking().Where(s => s.Id == VisitorsChangeStamp.SingletonId).Select(s => s.Value).Single());

    /// <summary>
    /// The stamp is read before the rows, so a cached list is never older than the stamp it is filed under;
    /// any visit change bumps the stamp and the next call reads afresh, as does a key destruction learnt since.
    /// </summary>
    public async Task<IReadOnlyList<VisitDto>> ListOnSiteAsync(CancellationToken cancellationToken)
    {
        var stamp = await CurrentStamp(db, cancellationToken);
        var destructions = subjectKeys.Destructions;
        if (onSiteCache.TryGet(stamp, destructions, out var cached))
        {
            return cached;
        }

        // Ordered here rather than in SQL so pages over the snapshot compare ids as .NET does on every provider.
        var visits = (await ToDtosAsync(db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.OnSite), cancellationToken))
            .OrderBy(v => v.SignedInAtUtc).ThenBy(v => v.Id).ToList();
        onSiteCache.Store(stamp, destructions, visits);
        return visits;
    }

    public async Task<IReadOnlyList<VisitDto>> ListExpectedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await ToDtosAsync(db.Visits.AsNoTracking()
                .Where(v => v.Status == VisitStatus.Expected && v.ExpectedAtUtc >= fromUtc && v.ExpectedAtUtc < toUtc)
                .OrderBy(v => v.ExpectedAtUtc), cancellationToken);

    public async Task<IReadOnlyList<VisitDto>> SearchHistoryAsync(DateTime fromUtc, DateTime toUtc, string? hostUsername, PageKey? after, int take, CancellationToken cancellationToken)
    {
        // After a page the lower bound is the last row's time (never before fromUtc: the token is bound to this window), given
        // as the only lower bound so SQLite seeks the (SignedInAtUtc, Id) index there: the last page costs what the first does.
        var lowest = after?.Time ?? fromUtc;
        var visits = db.Visits.AsNoTracking().Where(v => v.SignedInAtUtc >= lowest && v.SignedInAtUtc < toUtc);
        if (hostUsername is not null)
        {
            visits = visits.Where(v => v.HostUsername == hostUsername);
        }

        if (after is { } last)
        {
            var (at, id) = (last.Time, last.Id);
            visits = visits.Where(v => v.SignedInAtUtc > at || v.Id.CompareTo(id) > 0);
        }

        return await ToDtosAsync(visits.OrderBy(v => v.SignedInAtUtc).ThenBy(v => v.Id).Take(take), cancellationToken);
    }

    public async Task<IReadOnlyList<RetentionRunDto>> ListRetentionRunsAsync(int take, CancellationToken cancellationToken) =>
        await db.RetentionRuns.AsNoTracking()
            .OrderByDescending(r => r.RanAtUtc)
            .Take(take)
            .Select(r => new RetentionRunDto(r.RanAtUtc, r.CutOffUtc, r.AnonymisedCount))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Whole visits are read and mapped here, not projected in SQL: the visitor's name, company and purpose are sealed
    /// under their key and only opened when a visit is materialised.
    /// </summary>
    private static async Task<List<VisitDto>> ToDtosAsync(IQueryable<Visit> visits, CancellationToken cancellationToken) =>
        (await visits.ToListAsync(cancellationToken)).Select(VisitDto.From).ToList();
}
