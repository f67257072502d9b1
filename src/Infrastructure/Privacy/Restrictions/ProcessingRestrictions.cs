using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy.Restrictions;

/// <summary>Answers from the restrictions in force: an identifier is resolved to its subjects through the privacy register.</summary>
internal sealed class ProcessingRestrictions(IDataSubjectRegistry registry, PrivacyDbContext db) : IProcessingRestrictions
{
    public async Task<bool> IsRestrictedAsync(SubjectIdentifier identifier, ProcessingPurpose purpose, CancellationToken cancellationToken)
    {
        if (RestrictionScope.ToRestricted(purpose) is null)
        {
            return false;
        }

        var subjects = await registry.FindAsync(identifier, cancellationToken);
        return subjects.Count > 0 && (await RestrictedAmongAsync(subjects, purpose, cancellationToken)).Count > 0;
    }

    public async Task<IReadOnlySet<Guid>> RestrictedAmongAsync(IReadOnlyCollection<Guid> subjectIds, ProcessingPurpose purpose, CancellationToken cancellationToken)
    {
        if (RestrictionScope.ToRestricted(purpose) is not { } restricted || subjectIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var ids = subjectIds.Distinct().ToList();
        // The few restrictions in force for these people; which purposes each stops is read from the loaded rows.
        var inForce = await db.Restrictions.AsNoTracking()
            .Where(r => r.LiftedAtUtc == null && ids.Contains(r.SubjectId))
            .ToListAsync(cancellationToken);
        return inForce.Where(r => r.Stops(restricted)).Select(r => r.SubjectId).ToHashSet();
    }
}
