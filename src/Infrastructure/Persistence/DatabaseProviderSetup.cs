using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Persistence;

/// <summary>Points a module's DbContext at the configured provider, its migrations assembly and its own history table.</summary>
public static class DatabaseProviderSetup
{
    public const string SqliteMigrationsAssembly = "Groupus.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Groupus.Migrations.SqlServer";

    private static readonly DatabaseFailureLog FailureLog = new();

    private static readonly DatabaseCommandTiming CommandTiming = new();

    public static DbContextOptionsBuilder UseGroupusDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string module, SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        var historyTable = $"__{module}_migrations";
        // EF Core would log every failed command and save as an error with its stack trace, expected answers (a
        // unique-key race the unit of work turns into ALREADY_EXISTS) included; DatabaseFailureLog logs the others.
        builder.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
        builder.AddInterceptors(FailureLog, CommandTiming);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .MigrationsHistoryTable(historyTable))
                .AddInterceptors(SqliteConnectionSetup.For(synchronous), SqliteStatementReuse.Instance),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, sqlServer => sqlServer
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .MigrationsHistoryTable(historyTable)
                .EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
