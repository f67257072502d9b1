using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Modules that no longer exist, whose history table in a database means the database was made by an older build: it
/// holds tables today's modules would try to create again. Accounts was split into Identity and Customers (ADR 0054).
/// </summary>
internal static class RetiredModules
{
    private static readonly (string Module, string HistoryTable, string SplitInto)[] Retired =
    [
        ("accounts", "__accounts_migrations", "identity and customers (ADR 0054)"),
    ];

    /// <summary>Refuses, before anything is migrated, a database holding the history of a module that no longer exists.</summary>
    public static async Task RefuseTheirDatabaseAsync(ModuleDbContext context, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        foreach (var (module, historyTable, splitInto) in Retired)
        {
            var tables = provider == DatabaseProvider.Sqlite
                ? context.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {historyTable}")
                : context.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sys.tables WHERE name = {historyTable}");
            if (await tables.SingleAsync(cancellationToken) > 0)
            {
                throw new InvalidOperationException(
                    $"The database holds the history of module {module} ({historyTable}), which this build no longer has: it was split into "
                    + $"{splitInto}. It was made by another build (see docs/database.md); start from a new database or the build that made it. "
                    + "Nothing was migrated.");
            }
        }
    }
}
