using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for a write lock held by another connection (its busy handler retries after 1, 2, 5, 10 …
/// ms) instead of failing at once into Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per attempt.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
