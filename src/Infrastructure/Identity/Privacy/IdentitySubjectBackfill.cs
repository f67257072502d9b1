using Groupus.Application.Identity.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Identity.Privacy;

/// <summary>
/// Customer users stored before people were enrolled in the privacy register (a migration cannot reach the vault): at
/// start-up each is enrolled and its personal fields sealed under the person's key. Rows already linked are left
/// alone, so running again does nothing.
/// </summary>
internal sealed class IdentitySubjectBackfill(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : SubjectBackfill<IdentityDbContext>(scopes, lifetime)
{
    protected override async Task<int> EnrolBatchAsync(IdentityDbContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken)
    {
        var users = await db.CustomerUsers.IgnoreQueryFilters().Where(u => u.DataSubjectId == Guid.Empty).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            user.LinkDataSubject(await subjects.EnrolAsync(IdentitySubjects.Of(user), cancellationToken));
            SubjectResealing.MarkForSealing(db, user);
        }

        return users.Count;
    }
}
