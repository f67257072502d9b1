using Groupus.Application.Common.Messaging;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Restrictions;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy.Restrictions;

/// <summary>
/// Writes restrictions at once, in a context of its own (like the audit log): a request that runs again after a crash
/// finds its restriction already there and changes nothing. Each change is then written to the privacy audit log.
/// </summary>
internal sealed class RestrictionLedger(DbContextOptions<PrivacyDbContext> options, IPrivacyAudit audit, TimeProvider clock) : IRestrictionLedger
{
    public async Task RestrictAsync(
        Guid subjectId, IReadOnlyCollection<ProcessingPurpose> purposes, Guid requestId, string reason, CancellationToken cancellationToken)
    {
        var stopped = purposes.Select(RestrictionScope.ToRestricted).OfType<RestrictedPurpose>().Distinct().Order().ToList();
        await using (var db = NewContext())
        {
            if (await db.Restrictions.AnyAsync(r => r.RequestId == requestId, cancellationToken))
            {
                return;
            }

            var restriction = ProcessingRestriction.Place(subjectId, stopped, requestId, reason.Trim(), clock.GetUtcNow().UtcDateTime);
            db.Restrictions.Add(restriction);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException duplicate) when (DbErrors.IsUniqueViolation(duplicate))
            {
                return; // the same request, placed at the same moment by another run: done once.
            }
        }

        await audit.AppendAsync(
            PrivacyAuditActions.ProcessingRestricted,
            subjectId.ToString("D"),
            new Dictionary<string, string>
            {
                ["request"] = requestId.ToString("D"),
                ["purposes"] = string.Join(',', stopped),
            },
            cancellationToken);
    }

    /// <summary>
    /// Lifts the restriction <paramref name="requestId"/> placed; when that request placed none (a lifting decision
    /// of its own), lifts every restriction in force for the subject. Lifting what is already lifted changes nothing.
    /// </summary>
    public async Task LiftAsync(Guid subjectId, Guid requestId, string reason, CancellationToken cancellationToken)
    {
        List<ProcessingRestriction> lifted = [];
        await using (var db = NewContext())
        {
            var placedByRequest = await db.Restrictions.Where(r => r.SubjectId == subjectId && r.RequestId == requestId).ToListAsync(cancellationToken);
            var candidates = placedByRequest.Count > 0
                ? placedByRequest
                : await db.Restrictions.Where(r => r.SubjectId == subjectId && r.LiftedAtUtc == null).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            lifted.AddRange(candidates.Where(r => r.Lift(reason.Trim(), now)));
            if (lifted.Count == 0)
            {
                return;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var restriction in lifted)
        {
            await audit.AppendAsync(
                PrivacyAuditActions.ProcessingRestrictionLifted,
                subjectId.ToString("D"),
                new Dictionary<string, string>
                {
                    ["request"] = requestId.ToString("D"),
                    ["placedBy"] = restriction.RequestId.ToString("D"),
                },
                cancellationToken);
        }
    }

    private PrivacyDbContext NewContext() => new(options, Array.Empty<IDomainEventMapper>());
}
