using Groupus.Infrastructure.Common.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Copies the SQLite write-ahead log into the database file in the background. The connections of requests do not
/// checkpoint (wal_autocheckpoint = 0, <see cref="SqliteConnectionSetup"/>): SQLite would otherwise run the checkpoint
/// inside the commit that crossed 1,000 pages, while that writer holds its turn at the <see cref="DatabaseWriteGate"/>,
/// and every writer queued behind it would wait for the copy and its flush. A PASSIVE checkpoint takes no write lock
/// and waits for no one: writers carry on while it copies what is already committed.
/// </summary>
internal sealed partial class WalCheckpointer(IOptions<GroupusOptions> options, ILogger<WalCheckpointer> logger, IHostApplicationLifetime lifetime) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        if (options.Value.DatabaseProvider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        SqliteConnection? connection = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    connection ??= await OpenAsync(stoppingToken);
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (SqliteException failure)
                {
                    // The database may not exist yet (first start, before the migrator) or be busy; the next tick tries again.
                    LogCheckpointFailed(logger, failure.SqliteErrorCode);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(options.Value.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        SqliteConnectionSetup.For(options.Value.SqliteSynchronous).Configure(connection);
        return connection;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "WAL checkpoint failed (SQLite error {ErrorCode}); retrying")]
    private static partial void LogCheckpointFailed(ILogger logger, int errorCode);
}
