using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Sets the per-connection pragmas once per physical SQLite connection, not on every open of a pooled one (an open
/// from Microsoft.Data.Sqlite's pool hands back the same native handle, which keeps its pragmas).
/// busy_timeout lets SQLite itself wait for a write lock held by another connection (its busy handler retries after
/// 1, 2, 5, 10 … ms) instead of failing at once into Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per
/// attempt; its `Default Timeout` keyword only feeds that managed retry, never sqlite3_busy_timeout
/// (dotnet/efcore#28135). synchronous is per connection too: see <see cref="SqliteSynchronous"/> and docs/database.md.
/// wal_autocheckpoint is off: the <see cref="WalCheckpointer"/> checkpoints in the background, outside any writer's turn.
/// </summary>
internal sealed class SqliteConnectionSetup(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly SqliteConnectionSetup Normal = new(SqliteSynchronous.Normal);
    private static readonly SqliteConnectionSetup Full = new(SqliteSynchronous.Full);
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();
    private readonly string _pragmas = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()}; PRAGMA wal_autocheckpoint = 0;";

    /// <summary>The one setup for a synchronous setting (an interceptor instance is part of the options' identity).</summary>
    public static SqliteConnectionSetup For(SqliteSynchronous synchronous) => synchronous == SqliteSynchronous.Full ? Full : Normal;

    /// <summary>Sets the pragmas on a connection opened outside EF Core (a scope's shared connection), once.</summary>
    public void Configure(DbConnection connection)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this physical connection is seen; it is then remembered until it is closed for good.</summary>
    private bool FirstOpen(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryAdd(handle, Configured);
}
