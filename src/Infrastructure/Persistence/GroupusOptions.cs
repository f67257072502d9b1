namespace Groupus.Infrastructure.Persistence;

/// <summary>Where the server keeps its state, and which database it uses.</summary>
public sealed class GroupusOptions
{
    public const string Section = "Groupus";

    /// <summary>Holds the SQLite database, signing keys and first-run secrets. Relative paths are resolved against the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite defaults to groupus.db in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: whether each commit is flushed to the disk (Full) or left to the next checkpoint (Normal); see docs/database.md.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);

    public string ResolveConnectionString() => DatabaseProvider switch
    {
        DatabaseProvider.Sqlite => ConnectionString ?? $"Data Source={Path.Combine(ResolveDataDirectory(), "groupus.db")};Pooling=True",
        _ => ConnectionString ?? throw new InvalidOperationException(
            $"Set {Section}:ConnectionString to use {DatabaseProvider}; see docs/sql-server.md."),
    };
}
