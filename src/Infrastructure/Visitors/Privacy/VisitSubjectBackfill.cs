using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Visitors.Privacy;

/// <summary>
/// Visits stored before visitors were enrolled in the privacy register (a migration cannot reach the vault): at start-up
/// each is enrolled and its personal fields sealed under the visitor's key. Rows already linked are left alone.
/// </summary>
internal sealed class VisitSubjectBackfill(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : SubjectBackfill<VisitorsDbContext>(scopes, lifetime)
{
    protected override async Task<int> EnrolBatchAsync(VisitorsDbContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken)
    {
        var visits = await db.Visits.Where(v => v.DataSubjectId == Guid.Empty && v.AnonymisedAtUtc == null).OrderBy(v => v.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var visit in visits)
        {
            visit.LinkDataSubject(await subjects.EnrolAsync([SubjectIdentifier.NameAndCompany(visit.VisitorName, visit.Company)], cancellationToken));
            SubjectResealing.MarkForSealing(db, visit);
        }

        return visits.Count;
    }
}
