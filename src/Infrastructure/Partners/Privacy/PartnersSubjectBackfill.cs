using Groupus.Application.Partners;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Partners.Privacy;

/// <summary>
/// Resellers' contacts stored before people were enrolled in the privacy register (a migration cannot reach the vault)
/// are enrolled at start-up. They are enrolled (found by the privacy officer), not sealed: the programme's list is
/// searched by name. Rows already linked are left alone, so running again does nothing.
/// </summary>
internal sealed class PartnersSubjectBackfill(IServiceScopeFactory scopes) : IHostedService
{
    private const int BatchSize = 200;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (await BackfillBatchAsync(cancellationToken))
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> BackfillBatchAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var subjects = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
        var resellers = await db.Resellers.Where(r => r.DataSubjectId == Guid.Empty && r.ErasedAtUtc == null).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var reseller in resellers)
        {
            reseller.LinkDataSubject(await subjects.EnrolAsync(PartnersSubjects.Of(reseller), cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        return resellers.Count > 0;
    }
}
