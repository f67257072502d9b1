using Groupus.Contracts.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// A module's rows stored before people were enrolled in the privacy register (a migration cannot reach the vault),
/// enrolled at start-up in batches, each batch in a scope and a save of its own, until a batch finds nothing left.
/// Rows already linked are left alone, so running again does nothing.
/// </summary>
internal abstract class SubjectBackfill<TContext>(IServiceScopeFactory scopes) : IHostedService
    where TContext : ModuleDbContext
{
    protected const int BatchSize = 200;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var subjects = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
            if (await EnrolBatchAsync(db, subjects, cancellationToken) == 0)
            {
                return;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Enrols (and links, and marks for sealing) up to <see cref="BatchSize"/> rows of each kind; returns how many.</summary>
    protected abstract Task<int> EnrolBatchAsync(TContext db, IDataSubjectRegistry subjects, CancellationToken cancellationToken);
}
