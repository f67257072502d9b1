using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>Counts the queries a module context runs on its outbox table.</summary>
internal sealed class OutboxReadCounter : DbCommandInterceptor
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("_outbox", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _reads);
        }

        return ValueTask.FromResult(result);
    }
}
