using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// The most write transactions that were ever in progress at once, from the moment one asks to begin (BEGIN IMMEDIATE,
/// which waits for SQLite's write lock) to its commit or rollback. More than one means writers of this process queued
/// on SQLite's lock, polling in its busy handler, rather than taking turns before they began.
/// </summary>
internal sealed class WriteTransactionOverlap : DbTransactionInterceptor
{
    private int _inProgress;
    private int _most;

    public int Most => Volatile.Read(ref _most);

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Begin();
        return result;
    }

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Begin();
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => End();

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End();
        return Task.CompletedTask;
    }

    private void Begin()
    {
        var now = Interlocked.Increment(ref _inProgress);
        for (var most = Volatile.Read(ref _most); now > most; most = Volatile.Read(ref _most))
        {
            if (Interlocked.CompareExchange(ref _most, now, most) == most)
            {
                return;
            }
        }
    }

    private void End() => Interlocked.Decrement(ref _inProgress);
}
