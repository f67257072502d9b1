using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// A command a connection keeps for one SQL text (<see cref="SqliteStatementReuse"/>), so that its prepared statement
/// outlives each use. Disposing it while lent gives it back (parameters and transaction cleared, statement kept); any
/// other dispose, such as the connection closing, finalises its statement for good and retires it.
/// </summary>
internal sealed class KeptSqliteCommand : SqliteCommand
{
    public KeptSqliteCommand(SqliteConnection connection, string commandText)
    {
        Connection = connection;
        CommandText = commandText;
    }

    /// <summary>True from the moment it is lent to a caller until that caller disposes it.</summary>
    public bool Lent { get; private set; }

    /// <summary>True once its statement is finalised; the connection then needs a new one.</summary>
    public bool Retired { get; private set; }

    /// <summary>Takes over what EF Core set on the command it made: transaction, timeout and parameters.</summary>
    public void LendFor(SqliteCommand made)
    {
        Transaction = made.Transaction;
        CommandTimeout = made.CommandTimeout;
        var parameters = made.Parameters.Cast<SqliteParameter>().ToArray();
        made.Parameters.Clear();
        Parameters.AddRange(parameters);
        Lent = true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Lent)
        {
            Lent = false;
            Parameters.Clear();
            Transaction = null;
            return;
        }

        Retired = true;
        Lent = false;
        base.Dispose(disposing);
    }
}
