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
internal sealed class VisitSubjectBackfill(IServiceScopeFactory scopes) : IHostedService
{
    private const int BatchSize = 200;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            var subjects = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
            var visits = await db.Visits.Where(v => v.DataSubjectId == Guid.Empty && v.AnonymisedAtUtc == null).OrderBy(v => v.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (visits.Count == 0)
            {
                return;
            }

            foreach (var visit in visits)
            {
                visit.LinkDataSubject(await subjects.EnrolAsync([SubjectIdentifier.NameAndCompany(visit.VisitorName, visit.Company)], cancellationToken));
                SubjectResealing.MarkForSealing(db, visit);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
