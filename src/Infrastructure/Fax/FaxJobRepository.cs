using Groupus.Application.Fax;
using Groupus.Domain.Fax;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax;

internal sealed class FaxJobRepository(FaxDbContext db) : IFaxJobRepository
{
    public Task<FaxJob?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    public Task<FaxJob?> NextDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var numbersOnACall = db.Jobs.Where(j => j.State == FaxJobState.Active).Select(j => j.Destination);
        return db.Jobs
            .Where(j => (j.State == FaxJobState.Ready
                    || ((j.State == FaxJobState.Pending || j.State == FaxJobState.Sleeping) && j.NotBeforeUtc <= nowUtc))
                && !numbersOnACall.Contains(j.Destination))
            .OrderByDescending(j => j.Priority)
            .ThenBy(j => j.NotBeforeUtc)
            .ThenBy(j => j.SubmittedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
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
        Guid? organisationId, IReadOnlyCollection<FaxJobState> states, FaxListCursor? before, int take, CancellationToken cancellationToken)
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

        return await query.OrderByDescending(j => j.SubmittedAtUtc).ThenByDescending(j => j.Id)
            .Skip(before?.Offset ?? 0).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(FaxJob job) => db.Jobs.Add(job);
}
