using Microsoft.Data.SqlClient;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// The database a <see cref="TestServer"/> started in this flow of execution runs on: its own SQLite file by default,
/// or a fresh database on a SQL Server (<see cref="UseSqlServer"/>), so that one test body runs on both providers.
/// </summary>
public static class TestDatabase
{
    private static readonly AsyncLocal<string?> SqlServerConnectionString = new();

    /// <summary>Servers started until the returned scope is disposed each get a new database on this SQL Server.</summary>
    public static IDisposable UseSqlServer(string serverConnectionString)
    {
        var previous = SqlServerConnectionString.Value;
        SqlServerConnectionString.Value = serverConnectionString;
        return new Scope(() => SqlServerConnectionString.Value = previous);
    }

    /// <summary>The settings that point a new server at its database (none for the SQLite default).</summary>
    public static IEnumerable<string> ServerSettings()
    {
        if (SqlServerConnectionString.Value is not { } server)
        {
            return [];
        }

        var database = new SqlConnectionStringBuilder(server) { InitialCatalog = $"groupus_test_{Guid.NewGuid():N}" };
        return ["Groupus:DatabaseProvider=SqlServer", $"Groupus:ConnectionString={database.ConnectionString}"];
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
