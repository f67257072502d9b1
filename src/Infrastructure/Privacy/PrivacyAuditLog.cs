using System.Data;
using System.Runtime.CompilerServices;
using Groupus.Application.Common.Messaging;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Domain.Privacy;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy;

/// <summary>
/// Appends each audit row in a serializable transaction of its own (on SQLite, BEGIN IMMEDIATE: one writer at a time)
/// that reads the last row and writes the next. Should two writers still read the same last row, the unique sequence
/// lets one commit and the other retries on the new last row, so the chain never forks.
/// </summary>
internal sealed class PrivacyAuditLog(
    DbContextOptions<PrivacyDbContext> options,
    PrivacyDbContext readContext,
    ICurrentUser caller,
    TimeProvider clock) : IPrivacyAudit, IPrivacyAuditTrail
{
    private const int MaxAttempts = 20;

    public async Task AppendAsync(string action, string? subjectReference, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        var actor = PrivacyActor.Of(caller);
        var detailsJson = AuditDetails.ToJson(details);
        for (var attempt = 1; ; attempt++)
        {
            // Its own context: the row must not carry, or wait for, anything else the request has pending.
            await using var db = new PrivacyDbContext(options, Array.Empty<IDomainEventMapper>());
            try
            {
                await db.Database.CreateExecutionStrategy().ExecuteAsync(
                    async token =>
                    {
                        db.ChangeTracker.Clear();
                        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, token);
                        var last = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(token);
                        db.AuditLog.Add(PrivacyAuditEntry.Follow(last, clock.GetUtcNow().UtcDateTime, actor, action, subjectReference, detailsJson));
                        await db.SaveChangesAsync(token);
                        await transaction.CommitAsync(token);
                    },
                    cancellationToken);
                return;
            }
            catch (DbUpdateException conflict) when (DbErrors.IsUniqueViolation(conflict) && attempt < MaxAttempts)
            {
                // Another writer took this sequence number: read the new last row and try again.
            }
        }
    }

    public Task<PrivacyAuditEntry?> FindLatestAsync(string action, string detailsContaining, CancellationToken cancellationToken) =>
        readContext.AuditLog.AsNoTracking()
            .Where(e => e.Action == action && e.Details.Contains(detailsContaining))
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

    public async IAsyncEnumerable<PrivacyAuditEntry> ReadInSequenceOrderAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in readContext.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }
}
