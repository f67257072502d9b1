using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Persistence;

internal sealed class UnitOfWork(EnlistedContexts contexts, OutboxSignal outboxSignal) : IUnitOfWork
{
    public async Task<Result> CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var context in contexts.All)
            {
                if (context.ChangeTracker.HasChanges())
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Concurrency();
        }
        catch (DbUpdateException duplicate) when (DbErrors.IsUniqueViolation(duplicate))
        {
            return Error.AlreadyExists("DUPLICATE", "Another record already holds one of these unique values; reload and try again.");
        }

        outboxSignal.Notify();
        return Result.Success();
    }
}
