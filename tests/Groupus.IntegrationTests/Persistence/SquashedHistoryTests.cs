using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// The migrations were squashed into one Initial per module (ADR 0042). A database made by the old migrations names
/// migrations this build does not know; the server refuses it, naming the module, before migrating anything.
/// </summary>
public sealed class SquashedHistoryTests
{
    [Fact]
    public async Task A_history_naming_a_migration_this_build_does_not_know_stops_the_start_naming_the_module()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        string databaseFile;
        await using (var first = await TestServer.StartAsync(dataDirectory))
        {
            databaseFile = first.DatabaseFile;
        }

        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            // The first of the accounts migrations before the squash, in the history of the module that holds those tables now.
            insert.CommandText = "INSERT INTO __identity_migrations (MigrationId, ProductVersion) VALUES ('20261128113326_Initial', '10.0.0')";
            await insert.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestServer.StartAsync(dataDirectory));

        Assert.Contains("module identity", refused.Message, StringComparison.Ordinal);
        Assert.Contains("20261128113326_Initial", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_made_before_accounts_was_split_stops_the_start_naming_the_retired_module()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        string databaseFile;
        await using (var first = await TestServer.StartAsync(dataDirectory))
        {
            databaseFile = first.DatabaseFile;
        }

        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            // What the build before ADR 0054 left: Accounts' history beside the tables Identity and Customers now create.
            create.CommandText = "CREATE TABLE __accounts_migrations (MigrationId TEXT NOT NULL PRIMARY KEY, ProductVersion TEXT NOT NULL);"
                + "INSERT INTO __accounts_migrations VALUES ('20261207181858_Initial', '10.0.0');"
                + "DROP TABLE __identity_migrations; DROP TABLE __customers_migrations;";
            await create.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestServer.StartAsync(dataDirectory));

        Assert.Contains("module accounts (__accounts_migrations)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("identity and customers", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canary_a_history_this_build_made_starts_again()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        await using (await TestServer.StartAsync(dataDirectory))
        {
        }

        await using var second = await TestServer.StartAsync(dataDirectory);

        Assert.Contains(second.Logs.Lines, l => l.Contains("Database for module partners is up to date: 0 migration(s) applied", StringComparison.Ordinal));
    }
}
