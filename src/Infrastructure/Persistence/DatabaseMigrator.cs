using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

/// <summary>Creates (SQLite) and migrates every module's tables before anything else starts.</summary>
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
        foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContext>())
        {
            await context.Database.MigrateAsync(cancellationToken);
            if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers (on-site list, roll-call) run while a sign-in commits.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            LogMigrated(logger, context.Module, settings.DatabaseProvider);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database for module {Module} is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string module, DatabaseProvider provider);
}
