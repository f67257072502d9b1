using System.Runtime.CompilerServices;
using Groupus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The vault's own SQLite file, outside the module database. Written only by its <see cref="VaultWriter"/> (one
/// connection with secure_delete, so a destroyed key's bytes are overwritten in the file) in WAL mode with
/// synchronous=FULL: a commit is on the disk after one flush of the log. The log keeps old copies of the pages it
/// changed, so a write that destroys keys is followed by a checkpoint that copies the log into the file and truncates
/// it to nothing (<see cref="EraseAsync"/>), and so is every opening (a crash may have come between the two). Other
/// checkpoints run in the background (<see cref="VaultCheckpointer"/>), not inside a commit. Read through pooled
/// connections, several at once, never waiting for the writer; other server nodes sharing the file wait on SQLite's lock.
/// </summary>
internal sealed class VaultDatabase : IDisposable
{
    public const int BusyTimeoutMilliseconds = 10000;

    private static readonly object Configured = new();
    private readonly string _readConnectionString;
    private readonly ConditionalWeakTable<sqlite3, object> _configuredReaders = new();
    private readonly VaultWriter _writer;

    public VaultDatabase(IOptions<VaultOptions> vault, IOptions<GroupusOptions> groupus, ILogger<VaultDatabase> logger)
    {
        FilePath = Path.GetFullPath(vault.Value.Path ?? Path.Combine(groupus.Value.ResolveDataDirectory(), "privacy-vault.db"));
        _readConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadWrite, Pooling = true }.ToString();
        _writer = new VaultWriter(OpenWriter, logger);
    }

    public string FilePath { get; }

    /// <summary>
    /// Runs the work in the writer's next commit, beside the other writes queued meanwhile (a group commit, one set of
    /// flushes for all of them); completes once that commit is on the disk. A work that throws is rolled back alone.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work) => _writer.WriteAsync(work, erasesKeys: false);

    /// <summary>
    /// As <see cref="WriteAsync{T}"/>, for a work that deletes keys: completes once its commit is on the disk and the
    /// log, which still holds copies of the deleted bytes, has been checkpointed into the file and truncated.
    /// </summary>
    public Task<T> EraseAsync<T>(Func<SqliteConnection, T> work) => _writer.WriteAsync(work, erasesKeys: true);

    /// <summary>Commits made by this process's writer since it opened the vault (several writes share one).</summary>
    internal long Commits => _writer.Commits;

    /// <summary>Opens a pooled connection for reading; dispose it to return it. Its busy timeout is set once per physical connection.</summary>
    public SqliteConnection OpenReader()
    {
        _writer.EnsureStarted();
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        if (_configuredReaders.TryAdd(connection.Handle!, Configured))
        {
            Execute(connection, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};");
        }

        return connection;
    }

    public void Dispose()
    {
        _writer.Dispose();
        using var reader = new SqliteConnection(_readConnectionString);
        SqliteConnection.ClearPool(reader);
    }

    private SqliteConnection OpenWriter()
    {
        DataDirectory.EnsureExists(Path.GetDirectoryName(FilePath)!);
        OwnerOnlyFile.PrepareDatabase(FilePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"""
            PRAGMA busy_timeout={BusyTimeoutMilliseconds};
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            PRAGMA secure_delete=ON;
            PRAGMA wal_autocheckpoint=0;
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
            CREATE TABLE IF NOT EXISTS subject_joins (
                subject_id BLOB NOT NULL PRIMARY KEY);
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
