using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Common.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// A module's rows stored before people were enrolled in the privacy register (a migration cannot reach the vault),
/// enrolled at start-up in batches, each batch in a scope and a save of its own, until a batch finds nothing left.
/// Rows already linked are left alone, so running again does nothing. It runs once the host has started, not before
/// the first healthy answer (ADR 0049); a failure stops the host as it did when the backfill stood in the start.
/// </summary>
internal abstract class SubjectBackfill<TContext>(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : BackgroundService
    where TContext : ModuleDbContext
{
    protected const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await lifetime.WhenStartedAsync(cancellationToken);
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var subjects = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
            if (await EnrolBatchAsync(db, subjects, cancellationToken) == 0)
            {
                return;
            }

            // Requests are served meanwhile: the save takes its turn at the write gate like theirs.
            using var turn = await scope.ServiceProvider.GetRequiredService<DatabaseWriteGate>().EnterAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Enrols (and links, and marks for sealing) up to <see cref="BatchSize"/> rows of each kind; returns how many.</summary>
    protected abstract Task<int> EnrolBatchAsync(TContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken);
}
