using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// The process's queue for SQLite's one write lock. SQLite lets one connection write at a time; a connection that finds
/// the lock taken waits in its busy handler, which blocks its thread in sleeps of 1, 2, 5 … 100 ms and retries, so under
/// load writers poll, oversleep the release and overtake each other at random. Writers of this process instead wait here,
/// asynchronously and in arrival order, and each begins its transaction as the previous one ends. busy_timeout stays for
/// the writers of other processes (a second node on the same files). SQL Server locks rows, not the database: no gate.
/// </summary>
internal sealed class DatabaseWriteGate(IOptions<GroupusOptions> options)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly bool _queues = options.Value.DatabaseProvider == DatabaseProvider.Sqlite;

    /// <summary>Waits for this writer's turn; disposing the answer ends it. Hold it across one short write only.</summary>
    public async ValueTask<DatabaseWriteTurn> EnterAsync(CancellationToken cancellationToken)
    {
        if (!_queues)
        {
            return default;
        }

        await _turn.WaitAsync(cancellationToken);
        return new DatabaseWriteTurn(_turn);
    }
}
