using Groupus.Infrastructure.Common.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// Learns of subject keys destroyed through any node sharing the vault: every
/// <see cref="VaultOptions.DestructionCheckInterval"/> it reads the tombstones written since its last look (the
/// tombstone table only grows, so its rowid is a destruction sequence) on a read connection of its own, and marks
/// those subjects destroyed, so a key another node destroyed stops opening anything here within that interval.
/// </summary>
internal sealed partial class DestroyedKeyWatch(
    VaultDatabase vault, DestroyedSubjectKeys destroyed, IOptions<VaultOptions> options, TimeProvider clock, ILogger<DestroyedKeyWatch> logger, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    private long _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.DestructionCheckInterval, clock);
        SqliteConnection? connection = null;
        try
        {
            do
            {
                try
                {
                    connection ??= OpenIfPresent();
                    if (connection is not null && ReadNewTombstones(connection) is > 0 and var learnt)
                    {
                        LogLearnt(logger, learnt);
                    }
                }
                catch (SqliteException failure)
                {
                    // A busy or not yet created vault: look again on the next tick.
                    LogCheckFailed(logger, failure.SqliteErrorCode);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>Marks every subject tombstoned since the last look; returns how many.</summary>
    internal int ReadNewTombstones(SqliteConnection connection)
    {
        using var command = VaultDatabase.Command(
            connection, "SELECT rowid, subject_id FROM subject_tombstones WHERE rowid > $seen ORDER BY rowid", ("$seen", _seen));
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            _seen = reader.GetInt64(0);
            destroyed.Add(new Guid((byte[])reader[1]));
            count++;
        }

        return count;
    }

    private SqliteConnection? OpenIfPresent()
    {
        if (!File.Exists(vault.FilePath))
        {
            return null;
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = vault.FilePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        VaultDatabase.Execute(connection, "PRAGMA busy_timeout=5000");
        return connection;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subject key vault: {Count} destroyed key(s) newly known")]
    private static partial void LogLearnt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the vault for keys destroyed by other nodes failed (SQLite error {Code}); retrying")]
    private static partial void LogCheckFailed(ILogger logger, int code);
}
