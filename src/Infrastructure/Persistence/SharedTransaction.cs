using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Saves several module contexts of one scope in one database transaction. They share the scope's connection
/// (<see cref="ScopeConnection"/>), so the others join the first one's transaction for the save and leave it afterwards.
/// Run inside the provider's execution strategy, so SQL Server's retry on transient faults repeats the whole transaction
/// (changes are accepted only after the commit, so a retry saves them again).
/// </summary>
internal static class SharedTransaction
{
    public static Task SaveAllAsync(IReadOnlyList<ModuleDbContext> contexts, CancellationToken cancellationToken)
    {
        var owner = contexts[0];
        var connection = owner.Database.GetDbConnection();
        if (contexts.Any(context => !ReferenceEquals(context.Database.GetDbConnection(), connection)))
        {
            throw new InvalidOperationException("Contexts saved together must share their scope's connection.");
        }

        return owner.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using (var transaction = await owner.Database.BeginTransactionAsync(token))
            {
                try
                {
                    await owner.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                    foreach (var context in contexts.Skip(1))
                    {
                        await context.Database.UseTransactionAsync(transaction.GetDbTransaction(), token);
                        await context.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                    }

                    await transaction.CommitAsync(token);
                }
                finally
                {
                    foreach (var context in contexts.Skip(1))
                    {
                        await context.Database.UseTransactionAsync(null, CancellationToken.None);
                    }
                }
            }

            foreach (var context in contexts)
            {
                context.ChangeTracker.AcceptAllChanges();
            }
        }, cancellationToken);
    }
}
