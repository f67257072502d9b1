using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Creates (SQLite) and migrates every module's tables before anything else starts. A module with nothing to migrate
/// costs one look at its history table: EF's migrator (its lock, and its comparison of the model with the last
/// migration's snapshot, which builds both models) runs only for a module with a migration still to apply. Every
/// module's history is checked before any is migrated (see <see cref="CountPendingAsync"/>).
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<GroupusOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ResolveConnectionString()).DataSource;
            DataDirectory.EnsureExists(Path.GetDirectoryName(Path.GetFullPath(file))!);
            OwnerOnlyFile.PrepareDatabase(Path.GetFullPath(file));
        }

        using var scope = scopes.CreateScope();
        var contexts = scope.ServiceProvider.GetServices<ModuleDbContext>().ToList();
        await RetiredModules.RefuseTheirDatabaseAsync(contexts[0], settings.DatabaseProvider, cancellationToken);
        var pendingByModule = new Dictionary<ModuleDbContext, int>();
        foreach (var context in contexts)
        {
            pendingByModule[context] = await CountPendingAsync(context, cancellationToken);
        }

        var walSet = false;
        foreach (var context in contexts)
        {
            var pending = pendingByModule[context];
            if (pending > 0)
            {
                await context.Database.MigrateAsync(cancellationToken);
            }

            if (settings.DatabaseProvider == DatabaseProvider.Sqlite && !walSet)
            {
                // Write-ahead logging lets readers (on-site list, roll-call) run while a sign-in commits. The mode is
                // kept in the file (every module shares it); set on each start in case the file was replaced.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                walSet = true;
            }

            LogMigrated(logger, context.Module, pending, settings.DatabaseProvider);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Migrations this build has not applied yet. A history holding migrations this build does not know (a database
    /// made by the migrations squashed into Initial, ADR 0042, or by a newer build) is refused before any module is
    /// migrated: applying this build's migrations over it would leave it half-migrated.
    /// </summary>
    private static async Task<int> CountPendingAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database's history for module {context.Module} ({context.MigrationsHistoryTable}) holds {unknown.Count} migration(s) this build "
                + $"does not know ({string.Join(", ", unknown.Take(3))}{(unknown.Count > 3 ? ", ..." : "")}). It was made by another build "
                + "(the migrations were squashed into one Initial per module, see docs/database.md); start from a new database "
                + "or the build that made it. Nothing was migrated.");
        }

        return known.Count - applied.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database for module {Module} is up to date: {Applied} migration(s) applied ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string module, int applied, DatabaseProvider provider);
}
