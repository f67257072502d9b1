using Groupus.Application.Common.Paging;
using Groupus.Application.Fax;
using Groupus.Domain.Fax;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax;

internal sealed class FaxJobRepository(FaxDbContext db) : IFaxJobRepository
{
    public Task<FaxJob?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    public async Task<FaxJob?> NextDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        // One probe per queued state rather than one query over "Ready OR (Pending OR Sleeping) and due": each probe is
        // an equality on State, so SQLite walks IX_fax_jobs_State_Priority_NotBeforeUtc from the highest priority and
        // stops early, where the OR made it fetch and sort every queued job (or scan the whole table, finished jobs
        // included) on every dispatch. Only the sort keys are read; the winner is loaded by its id.
        var ready = await FirstFreeAsync(db.Jobs.Where(j => j.State == FaxJobState.Ready), cancellationToken);
        var pending = await FirstFreeAsync(db.Jobs.Where(j => j.State == FaxJobState.Pending && j.NotBeforeUtc <= nowUtc), cancellationToken);
        var sleeping = await FirstFreeAsync(db.Jobs.Where(j => j.State == FaxJobState.Sleeping && j.NotBeforeUtc <= nowUtc), cancellationToken);
        var next = new[] { ready, pending, sleeping }
            .OfType<DueJob>()
            .OrderByDescending(j => j.Priority)
            .ThenBy(j => j.NotBeforeUtc)
            .ThenBy(j => j.SubmittedAtUtc)
            .FirstOrDefault();
        return next is null ? null : await GetAsync(next.Id, cancellationToken);
    }

    public async Task<DateTime?> NextWakeUpAsync(CancellationToken cancellationToken) =>
        await db.Jobs
            .Where(j => j.State == FaxJobState.Pending || j.State == FaxJobState.Sleeping)
            .OrderBy(j => j.NotBeforeUtc)
            .Select(j => (DateTime?)j.NotBeforeUtc)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<FaxJob>> ListLeasedToAsync(Guid gatewayId, CancellationToken cancellationToken) =>
        await db.Jobs.Where(j => j.LeaseGatewayId == gatewayId && j.State == FaxJobState.Active).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FaxJob>> ListLapsedLeasesAsync(DateTime nowUtc, int batchSize, CancellationToken cancellationToken) =>
        await db.Jobs
            .Where(j => j.State == FaxJobState.Active && j.LeaseExpiresAtUtc < nowUtc)
            .OrderBy(j => j.LeaseExpiresAtUtc)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FaxJob>> ListAsync(
        Guid? organisationId, IReadOnlyCollection<FaxJobState> states, PageKey? before, int take, CancellationToken cancellationToken)
    {
        var query = db.Jobs.AsNoTracking();
        if (organisationId is { } organisation)
        {
            query = query.Where(j => j.OrganisationId == organisation);
        }

        if (states.Count > 0)
        {
            query = query.Where(j => states.Contains(j.State));
        }

        if (before is { } last)
        {
            // Newest first: the next page seeks the (SubmittedAtUtc, Id) index to just before the last job shown.
            var (at, id) = (last.Time, last.Id);
            query = query.Where(j => j.SubmittedAtUtc <= at && (j.SubmittedAtUtc < at || j.Id.CompareTo(id) < 0));
        }

        return await query.OrderByDescending(j => j.SubmittedAtUtc).ThenByDescending(j => j.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(FaxJob job) => db.Jobs.Add(job);

    /// <summary>The most urgent of <paramref name="queued"/> whose number has no call in progress.</summary>
    private Task<DueJob?> FirstFreeAsync(IQueryable<FaxJob> queued, CancellationToken cancellationToken)
    {
        var numbersOnACall = db.Jobs.Where(j => j.State == FaxJobState.Active).Select(j => j.Destination);
        return queued
            .Where(j => !numbersOnACall.Contains(j.Destination))
            .OrderByDescending(j => j.Priority)
            .ThenBy(j => j.NotBeforeUtc)
            .ThenBy(j => j.SubmittedAtUtc)
            .Select(j => new DueJob(j.Id, j.Priority, j.NotBeforeUtc, j.SubmittedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
