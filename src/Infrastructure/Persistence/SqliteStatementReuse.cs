using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Keeps SQLite's prepared statements between EF Core commands on the same connection. EF Core creates, runs and
/// disposes a new command for every query, and Microsoft.Data.Sqlite prepares the statement on every run and finalises it
/// on every dispose; on the read path that preparation cost more than running the statement. Once EF Core has
/// initialised a command (text, transaction, parameters) this hands back, instead, the connection's own
/// <see cref="KeptSqliteCommand"/> for that text, with EF Core's parameters moved onto it: its statement is prepared
/// once in the connection's life. A statement is only ever kept by, and handed out on, the connection that prepared it;
/// a kept command still in use (a second reader of the same text on the connection) is not lent again.
/// </summary>
internal sealed class SqliteStatementReuse : DbCommandInterceptor
{
    /// <summary>Statements kept per connection; texts beyond these run as EF Core made them.</summary>
    public const int MostPerConnection = 64;

    public static SqliteStatementReuse Instance { get; } = new();

    private readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, KeptSqliteCommand>> _kept = new();

    private SqliteStatementReuse()
    {
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) => Reuse(result);

    /// <summary>The connection's kept command for this command's text, lent with its parameters; or the command itself.</summary>
    public DbCommand Reuse(DbCommand created)
    {
        if (created is not SqliteCommand { Connection: { } connection } command || command is KeptSqliteCommand)
        {
            return created;
        }

        var kept = _kept.GetValue(connection, static _ => []);
        if (!kept.TryGetValue(command.CommandText, out var reused) || reused.Retired)
        {
            if (kept.Count >= MostPerConnection && reused is null)
            {
                return created;
            }

            reused = new KeptSqliteCommand(connection, command.CommandText);
            kept[command.CommandText] = reused;
        }
        else if (reused.Lent)
        {
            return created;
        }

        reused.LendFor(command);
        command.Dispose();
        return reused;
    }
}
