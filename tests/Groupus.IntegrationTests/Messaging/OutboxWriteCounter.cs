using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>Counts a producer context's outbox writes: claims (ExecuteUpdate commands) and settlements (SaveChanges calls).</summary>
internal sealed class OutboxWriteCounter : IDbCommandInterceptor, ISaveChangesInterceptor
{
    private int _claims;
    private int _saves;

    public int Claims => Volatile.Read(ref _claims);

    public int Saves => Volatile.Read(ref _saves);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.ExecuteUpdate)
        {
            Interlocked.Increment(ref _claims);
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _saves);
        return ValueTask.FromResult(result);
    }
}
