using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Hands out the connections scopes share (<see cref="ScopeConnection"/>). SQLite: connections opened once and kept
/// open, with their pragmas and EF Core's SQL functions set once. Microsoft.Data.Sqlite re-registers a connection's
/// functions with SQLite on every open, leaving finalizable handles for the finalizer thread (ADR 0038), so a connection
/// that is never closed between scopes pays that once in its life, not once per query. SQL Server: a new, closed
/// connection per scope; EF Core opens it per command or transaction, SqlClient pools the physical connections.
/// </summary>
internal sealed class DatabaseConnections : IDisposable
{
    /// <summary>
    /// Open SQLite connections kept between scopes, as many as module contexts are pooled: a burst of concurrent scopes
    /// finds them all again. More rented at once are closed when given back.
    /// </summary>
    public const int MostIdle = ModuleDbContextRegistration.PoolSize;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly GroupusOptions _options;
    private readonly string _connectionString;
    private int _idleCount;

    public DatabaseConnections(IOptions<GroupusOptions> options)
    {
        _options = options.Value;
        _connectionString = _options.ResolveConnectionString();
    }

    public DbConnection Rent()
    {
        if (_options.DatabaseProvider != DatabaseProvider.Sqlite)
        {
            return new SqlConnection(_connectionString);
        }

        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        return OpenSqlite();
    }

    /// <summary>Keeps a SQLite connection for the next scope unless it is broken, mid-transaction, or one too many.</summary>
    public void Return(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && IsReusable(sqlite))
        {
            if (Interlocked.Increment(ref _idleCount) <= MostIdle)
            {
                _idle.Add(sqlite);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private SqliteConnection OpenSqlite()
    {
        var connection = new SqliteConnection(_connectionString);
        RegisterProviderFunctions(connection);
        connection.Open();
        SqliteConnectionSetup.For(_options.SqliteSynchronous).Configure(connection);
        return connection;
    }

    /// <summary>A transaction left open (a scope that ended mid-write) must not reach the next scope: such a connection is closed.</summary>
    private static bool IsReusable(SqliteConnection connection) =>
        connection is { State: ConnectionState.Open, Handle: { } handle } && raw.sqlite3_get_autocommit(handle) != 0;

    /// <summary>
    /// EF Core's SQLite provider registers its SQL functions (decimal arithmetic, regexp) on the connections it creates and
    /// on a connection it is given in its options, never on one set later with SetDbConnection: hand it this one once.
    /// </summary>
    private static void RegisterProviderFunctions(SqliteConnection connection)
    {
        using var registrar = new DbContext(new DbContextOptionsBuilder().UseSqlite(connection).Options);
        _ = registrar.GetService<IRelationalConnection>();
    }
}
