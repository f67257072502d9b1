using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Domain.Common;
using Groupus.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Commits the scope's changes. One changed module context saves in its own transaction; several (every module shares
/// one database) save in one transaction on one connection, so they commit together or not at all, and pay for one
/// commit (one write lock and, under synchronous=FULL, one flush) instead of one each. The save waits for its turn at the
/// <see cref="DatabaseWriteGate"/> rather than in SQLite's busy handler. The domain events saved go to their in-process
/// handlers after the commit, and only if it succeeded.
/// </summary>
internal sealed class UnitOfWork(EnlistedContexts contexts, DatabaseWriteGate writeGate, OutboxSignal outboxSignal, CommittedDomainEvents domainEvents)
    : IUnitOfWork
{
    public async Task<Result> CommitAsync(CancellationToken cancellationToken)
    {
        var changed = contexts.All.Where(context => context.ChangeTracker.HasChanges()).ToList();
        if (changed.Count == 0)
        {
            return Result.Success();
        }

        try
        {
            using var turn = await writeGate.EnterAsync(cancellationToken);
            if (changed.Count == 1)
            {
                await changed[0].SaveChangesAsync(cancellationToken);
            }
            else
            {
                await SharedTransaction.SaveAllAsync(changed, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            DropDomainEvents(changed);
            return Error.Concurrency();
        }
        catch (DbUpdateException duplicate) when (DbErrors.IsUniqueViolation(duplicate))
        {
            DropDomainEvents(changed);
            return Error.AlreadyExists("DUPLICATE", "Another record already holds one of these unique values; reload and try again.");
        }
        catch
        {
            DropDomainEvents(changed);
            throw;
        }

        outboxSignal.Notify(changed.Select(context => context.GetType()));
        domainEvents.Publish(TakeDomainEvents(changed));
        return Result.Success();
    }

    private static void DropDomainEvents(List<ModuleDbContext> changed)
    {
        foreach (var context in changed)
        {
            context.TakeSavedDomainEvents();
        }
    }

    private static List<IDomainEvent> TakeDomainEvents(List<ModuleDbContext> changed) => [.. changed.SelectMany(context => context.TakeSavedDomainEvents())];
}
