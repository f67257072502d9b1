using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The vault's only writer: a dedicated thread that takes every write queued since its last commit and commits them
/// together in one immediate transaction, each inside its own savepoint (so one failing write is undone alone). A
/// commit costs one flush of the log; grouped, concurrent enrolments and erasures share it instead of queueing for one
/// each. Callers await the commit and never block a thread-pool thread on the file. After a commit that destroyed keys
/// (and once on opening, in case a crash came between such a commit and its checkpoint) the log is checkpointed and
/// truncated, so no copy of a destroyed key's bytes stays in it; a truncation that readers hold off is tried again after
/// the next commit.
/// </summary>
internal sealed partial class VaultWriter(Func<SqliteConnection> open, ILogger logger) : IDisposable
{
    private const int MaxBatch = 256;
    private const string ItemSavepoint = "vault_write";
    private readonly BlockingCollection<VaultWriteRequest> _queue = new();
    private readonly Lock _startGate = new();
    private SqliteConnection? _connection;
    private Thread? _thread;
    private bool _logToTruncate = true;
    private long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, bool erasesKeys)
    {
        EnsureStarted();
        var request = new VaultWriteRequestOf<T>(work, erasesKeys);
        _queue.Add(request);
        return request.Task;
    }

    /// <summary>Opens the vault (creating its tables) on first use, so readers find them.</summary>
    public void EnsureStarted()
    {
        if (Volatile.Read(ref _thread) is not null)
        {
            return;
        }

        lock (_startGate)
        {
            if (_thread is not null)
            {
                return;
            }

            _connection = open();
            var thread = new Thread(Run) { IsBackground = true, Name = "Privacy vault writer" };
            thread.Start();
            Volatile.Write(ref _thread, thread);
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread?.Join();
        _connection?.Dispose();
        _queue.Dispose();
    }

    private void Run()
    {
        TruncateLogIfDue();
        var batch = new List<VaultWriteRequest>();
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            Commit(batch);
        }
    }

    private void Commit(List<VaultWriteRequest> batch)
    {
        try
        {
            using (var transaction = _connection!.BeginTransaction(deferred: false))
            {
                foreach (var request in batch)
                {
                    transaction.Save(ItemSavepoint);
                    try
                    {
                        request.Run(_connection);
                    }
                    catch (Exception)
                    {
                        // Kept by the request for its caller once the others are committed.
                        transaction.Rollback(ItemSavepoint);
                    }

                    transaction.Release(ItemSavepoint);
                }

                transaction.Commit();
            }

            Interlocked.Increment(ref _commits);
            _logToTruncate |= batch.Exists(request => request.ErasesKeys);
            TruncateLogIfDue();
            foreach (var request in batch)
            {
                request.Committed();
            }
        }
        catch (Exception failure)
        {
            foreach (var request in batch)
            {
                request.Failed(failure);
            }
        }
    }

    /// <summary>
    /// Copies the whole log into the file (where secure_delete has overwritten what was deleted) and truncates it to
    /// nothing. Waits for readers (the busy timeout); if one still holds an old snapshot, the log is kept and truncated
    /// after a later commit.
    /// </summary>
    private void TruncateLogIfDue()
    {
        if (!_logToTruncate)
        {
            return;
        }

        try
        {
            using var command = VaultDatabase.Command(_connection!, "PRAGMA wal_checkpoint(TRUNCATE)");
            using var result = command.ExecuteReader();
            _logToTruncate = !result.Read() || result.GetInt32(0) != 0;
        }
        catch (SqliteException failure)
        {
            // Busy beyond the timeout (another node's long read): the next commit tries again.
            LogTruncationDeferred(logger, failure.SqliteErrorCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subject key vault: truncating the log after a destruction was held off (SQLite error {Code}); retrying after the next commit")]
    private static partial void LogTruncationDeferred(ILogger logger, int code);
}
