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
/// migration's snapshot, which builds both models) runs only for a module with a migration still to apply.
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
        var walSet = false;
        foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContext>())
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database for module {Module} is up to date: {Applied} migration(s) applied ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string module, int applied, DatabaseProvider provider);
}
