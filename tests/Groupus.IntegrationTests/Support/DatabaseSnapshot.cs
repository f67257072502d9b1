using System.Text;
using Microsoft.Data.Sqlite;

namespace Groupus.IntegrationTests.Support;

/// <summary>Every row of the given tables, read straight from the SQLite file: proof that nothing changed.</summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(string databaseFile, params string[] tables)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            snapshot.AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    snapshot.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i)).Append('|');
                }

                snapshot.AppendLine();
            }
        }

        return snapshot.ToString();
    }

    public static async Task<long> CountAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
