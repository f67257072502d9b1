using System.Data.Common;
using Groupus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// Prepared statements kept between commands (<see cref="SqliteStatementReuse"/>), on real SQLite files, used as EF Core
/// uses a command: made, initialised, run, parameters cleared, disposed.
/// </summary>
public sealed class SqliteStatementReuseTests : IDisposable
{
    private const string Select = "SELECT name FROM things WHERE id = $id";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"groupus-statements-{Guid.NewGuid():N}.db");

    [Fact]
    public void A_statement_is_reused_on_the_connection_that_prepared_it_and_never_on_another()
    {
        using var first = Open();
        using var second = Open();

        var (one, firstCommand) = Run(first, 1);
        var (two, againCommand) = Run(first, 2);
        var (oneElsewhere, secondCommand) = Run(second, 1);

        Assert.Equal(("one", "two", "one"), (one, two, oneElsewhere));
        Assert.IsType<KeptSqliteCommand>(firstCommand);
        Assert.Same(firstCommand, againCommand);
        Assert.NotSame(firstCommand, secondCommand);
        Assert.Same(first, ((SqliteCommand)firstCommand).Connection);
        Assert.Same(second, ((SqliteCommand)secondCommand).Connection);
    }

    [Fact]
    public void A_second_reader_of_the_same_text_while_the_first_is_open_gets_a_command_of_its_own()
    {
        using var connection = Open();
        var outer = Made(connection, 1);
        var kept = SqliteStatementReuse.Instance.Reuse(outer);
        using (var outerReader = kept.ExecuteReader())
        {
            Assert.True(outerReader.Read());
            var (inner, innerCommand) = Run(connection, 2);

            Assert.Equal("two", inner);
            Assert.NotSame(kept, innerCommand);
            Assert.Equal("one", outerReader.GetString(0));
        }

        Release(kept);
        Assert.Same(kept, Run(connection, 2).Command);
    }

    [Fact]
    public void Closing_the_connection_finalises_its_kept_statements_and_a_reopened_one_prepares_afresh()
    {
        using var connection = Open();
        var (_, before) = Run(connection, 1);

        connection.Close();
        connection.Open();
        var (one, after) = Run(connection, 1);

        Assert.True(((KeptSqliteCommand)before).Retired);
        Assert.NotSame(before, after);
        Assert.Equal("one", one);
    }

    [Fact]
    public void A_kept_statement_runs_in_the_transaction_of_the_command_it_stands_for()
    {
        using var connection = Open();
        Run(connection, 1);
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO things (id, name) VALUES (3, 'three')";
            insert.ExecuteNonQuery();

            var made = Made(connection, 3);
            made.Transaction = transaction;
            Assert.Equal("three", Read(SqliteStatementReuse.Instance.Reuse(made)));
        }

        Assert.Null(Read(SqliteStatementReuse.Instance.Reuse(Made(connection, 3))));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_file}");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS things (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT OR IGNORE INTO things VALUES (1, 'one'), (2, 'two');";
        create.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Made(SqliteConnection connection, int id)
    {
        var made = connection.CreateCommand();
        made.CommandText = Select;
        made.Parameters.AddWithValue("$id", id);
        return made;
    }

    private static (string? Name, DbCommand Command) Run(SqliteConnection connection, int id)
    {
        var command = SqliteStatementReuse.Instance.Reuse(Made(connection, id));
        return (Read(command), command);
    }

    /// <summary>As EF Core does: read, close the reader, clear the parameters, dispose the command.</summary>
    private static string? Read(DbCommand command)
    {
        string? name;
        using (var reader = command.ExecuteReader())
        {
            name = reader.Read() ? reader.GetString(0) : null;
        }

        Release(command);
        return name;
    }

    private static void Release(DbCommand command)
    {
        command.Parameters.Clear();
        command.Dispose();
    }
}
