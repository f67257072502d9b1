using Groupus.Application.Sales;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Sales.Prospects;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Sales.Privacy;

/// <summary>
/// Prospects and subscriptions stored before people were enrolled in the privacy register (a migration cannot reach
/// the vault): at start-up each is enrolled, its personal fields sealed under the person's key, and a subscription's
/// address hashed into its index. Rows already linked are left alone, so running again does nothing.
/// </summary>
internal sealed class SalesSubjectBackfill(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IBlindIndex blindIndex) : SubjectBackfill<SalesDbContext>(scopes, lifetime)
{
    protected override async Task<int> EnrolBatchAsync(SalesDbContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken)
    {
        var prospects = await db.Set<Prospect>().Where(p => p.DataSubjectId == Guid.Empty).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var prospect in prospects)
        {
            prospect.LinkDataSubject(await subjects.EnrolAsync(SalesSubjects.Of(prospect.Contact), cancellationToken));
            SubjectResealing.MarkForSealing(db, prospect);
        }

        var subscriptions = await db.Set<MarketingSubscription>().Where(s => s.DataSubjectId == Guid.Empty).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            var email = SubjectIdentifier.Email(subscription.Email);
            subscription.IndexEmail(blindIndex.Of(email));
            subscription.LinkDataSubject(await subjects.EnrolAsync([email], cancellationToken));
            SubjectResealing.MarkForSealing(db, subscription);
        }

        return prospects.Count + subscriptions.Count;
    }
}
