using Groupus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The vault's own SQLite file, outside the module database. Opened with secure_delete, so a destroyed key's bytes
/// are overwritten in the file, and a rollback journal (never WAL, whose log would keep the old pages after the delete).
/// One connection, used by one caller at a time; other server nodes sharing the file wait on SQLite's lock.
/// </summary>
internal sealed class VaultDatabase : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lazy<SqliteConnection> _connection;

    public VaultDatabase(IOptions<VaultOptions> vault, IOptions<GroupusOptions> groupus)
    {
        FilePath = Path.GetFullPath(vault.Value.Path ?? Path.Combine(groupus.Value.ResolveDataDirectory(), "privacy-vault.db"));
        _connection = new Lazy<SqliteConnection>(Open);
    }

    public string FilePath { get; }

    /// <summary>Runs the work on the vault's connection, alone.</summary>
    public T Run<T>(Func<SqliteConnection, T> work)
    {
        lock (_gate)
        {
            return work(_connection.Value);
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    private SqliteConnection Open()
    {
        DataDirectory.EnsureExists(Path.GetDirectoryName(FilePath)!);
        OwnerOnlyFile.PrepareDatabase(FilePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=DELETE;
            PRAGMA secure_delete=ON;
            PRAGMA busy_timeout=10000;
            CREATE TABLE IF NOT EXISTS subject_keys (
                subject_id BLOB NOT NULL PRIMARY KEY,
                wrapped_key BLOB NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS subject_tombstones (
                subject_id BLOB NOT NULL PRIMARY KEY,
                destroyed_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS subject_index (
                kind INTEGER NOT NULL,
                hash BLOB NOT NULL,
                subject_id BLOB NOT NULL,
                PRIMARY KEY (kind, hash));
            CREATE INDEX IF NOT EXISTS subject_index_by_subject ON subject_index (subject_id);
            CREATE TABLE IF NOT EXISTS subject_shared_index (
                kind INTEGER NOT NULL,
                hash BLOB NOT NULL,
                subject_id BLOB NOT NULL,
                PRIMARY KEY (kind, hash, subject_id));
            CREATE INDEX IF NOT EXISTS subject_shared_index_by_subject ON subject_shared_index (subject_id);
            """);
        MoveSharedIdentifiers(connection);
        return connection;
    }

    /// <summary>
    /// Phones and names at a company (kinds 2 and 4) can name several people: they live in the shared index, where one
    /// value may name many subjects. Registers written before the split kept them in the unique index: moved here once.
    /// </summary>
    private static void MoveSharedIdentifiers(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, "INSERT OR IGNORE INTO subject_shared_index (kind, hash, subject_id) SELECT kind, hash, subject_id FROM subject_index WHERE kind IN (2, 4)");
        Execute(connection, "DELETE FROM subject_index WHERE kind IN (2, 4)");
        transaction.Commit();
    }

    public static int Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
