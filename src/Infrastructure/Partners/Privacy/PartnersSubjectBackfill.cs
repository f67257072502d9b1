using Groupus.Application.Partners;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Partners;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Partners.Privacy;

/// <summary>
/// Resellers' contacts stored before people were enrolled in the privacy register (a migration cannot reach the vault)
/// are enrolled at start-up. They are enrolled (found by the privacy officer), not sealed: the programme's list is
/// searched by name. Rows already linked are left alone, so running again does nothing.
/// </summary>
internal sealed class PartnersSubjectBackfill(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : SubjectBackfill<PartnersDbContext>(scopes, lifetime)
{
    protected override async Task<int> EnrolBatchAsync(PartnersDbContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken)
    {
        var resellers = await db.Resellers.Where(r => r.DataSubjectId == Guid.Empty && r.ErasedAtUtc == null).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var reseller in resellers)
        {
            reseller.LinkDataSubject(await subjects.EnrolAsync(PartnersSubjects.Of(reseller), cancellationToken));
        }

        return resellers.Count;
    }
}
