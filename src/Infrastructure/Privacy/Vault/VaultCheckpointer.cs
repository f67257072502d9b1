using Groupus.Infrastructure.Common.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// Copies the vault's write-ahead log into its file in the background, on a pooled read connection. The writer does not
/// checkpoint after its commits (wal_autocheckpoint = 0): SQLite would run the copy and its flush inside the commit
/// that crossed 1,000 pages, and every enrolment queued behind it would wait. A PASSIVE checkpoint takes no write lock
/// and waits for no one; once it has copied the whole log, the writer's next commit starts the log again from its
/// beginning, so it stays small.
/// </summary>
internal sealed partial class VaultCheckpointer(VaultDatabase vault, ILogger<VaultCheckpointer> logger, IHostApplicationLifetime lifetime) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var connection = vault.OpenReader();
                    await using var command = VaultDatabase.Command(connection, "PRAGMA wal_checkpoint(PASSIVE)");
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (SqliteException failure)
                {
                    LogCheckpointFailed(logger, failure.SqliteErrorCode);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subject key vault: WAL checkpoint failed (SQLite error {ErrorCode}); retrying")]
    private static partial void LogCheckpointFailed(ILogger logger, int errorCode);
}
