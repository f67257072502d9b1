using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The vault's only writer: a dedicated thread that takes every write queued since its last commit and commits them
/// together in one immediate transaction, each inside its own savepoint (so one failing write is undone alone). A
/// commit in the vault's rollback-journal mode costs about three flushes to the disk; grouped, concurrent enrolments
/// and erasures share them instead of queueing for one each. Callers await the commit and never block a thread-pool
/// thread on the file.
/// </summary>
internal sealed class VaultWriter(Func<SqliteConnection> open) : IDisposable
{
    private const int MaxBatch = 256;
    private const string ItemSavepoint = "vault_write";
    private readonly BlockingCollection<VaultWriteRequest> _queue = new();
    private readonly Lock _startGate = new();
    private SqliteConnection? _connection;
    private Thread? _thread;

    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work)
    {
        EnsureStarted();
        var request = new VaultWriteRequestOf<T>(work);
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
}
