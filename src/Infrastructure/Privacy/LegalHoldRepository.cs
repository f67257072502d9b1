using Groupus.Application.Privacy.Holds;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Holds;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy;

internal sealed class LegalHoldRepository(PrivacyDbContext db) : ILegalHolds, ILegalHoldRegister
{
    public void Add(LegalHold hold) => db.LegalHolds.Add(hold);

    public Task<LegalHold?> GetAsync(Guid id, CancellationToken cancellationToken) => db.LegalHolds.FirstOrDefaultAsync(h => h.Id == id, cancellationToken);

    public async Task<IReadOnlySet<Guid>> HeldSubjectsAsync(CancellationToken cancellationToken) =>
        (await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAtUtc == null).Select(h => h.SubjectId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    public Task<int> CountActiveAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.LegalHolds.CountAsync(h => h.SubjectId == subjectId && h.ReleasedAtUtc == null, cancellationToken);

    public async Task<IReadOnlyList<LegalHold>> ListAsync(Guid? subjectId, bool includeReleased, CancellationToken cancellationToken)
    {
        var query = db.LegalHolds.AsNoTracking();
        if (subjectId is { } subject)
        {
            query = query.Where(h => h.SubjectId == subject);
        }

        if (!includeReleased)
        {
            query = query.Where(h => h.ReleasedAtUtc == null);
        }

        return await query.OrderBy(h => h.PlacedAtUtc).ThenBy(h => h.Id).Take(1000).ToListAsync(cancellationToken);
    }
}
