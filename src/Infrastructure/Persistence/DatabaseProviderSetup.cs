using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Persistence;

/// <summary>Points a module's DbContext at the configured provider, its migrations assembly and its own history table.</summary>
public static class DatabaseProviderSetup
{
    public const string SqliteMigrationsAssembly = "Groupus.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Groupus.Migrations.SqlServer";

    private static readonly SqliteBusyTimeout BusyTimeout = new();

    public static DbContextOptionsBuilder UseGroupusDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string module)
    {
        var historyTable = $"__{module}_migrations";
        // A failed save or command is an exception its caller handles: the unit of work turns a unique-key race into
        // ALREADY_EXISTS, and whatever is unexpected reaches the error interceptor, which logs it once with its
        // reference. EF Core logging each as an error with its stack trace would report expected answers as failures.
        builder.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .MigrationsHistoryTable(historyTable))
                .AddInterceptors(BusyTimeout),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, sqlServer => sqlServer
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .MigrationsHistoryTable(historyTable)
                .EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
