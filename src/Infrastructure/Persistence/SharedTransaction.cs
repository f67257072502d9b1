using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Saves several module contexts in one database transaction: the others borrow the first one's connection and
/// transaction for the save and get their own connection back afterwards. Run inside the provider's execution
/// strategy, so SQL Server's retry on transient faults repeats the whole transaction (changes are accepted only
/// after the commit, so a retry saves them again).
/// </summary>
internal static class SharedTransaction
{
    public static Task SaveAllAsync(IReadOnlyList<ModuleDbContext> contexts, CancellationToken cancellationToken)
    {
        var owner = contexts[0];
        return owner.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using (var transaction = await owner.Database.BeginTransactionAsync(token))
            {
                var connection = owner.Database.GetDbConnection();
                var borrowed = new List<(ModuleDbContext Context, string? ConnectionString)>();
                try
                {
                    await owner.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                    foreach (var context in contexts.Skip(1))
                    {
                        borrowed.Add((context, context.Database.GetConnectionString()));
                        context.Database.SetDbConnection(connection, contextOwnsConnection: false);
                        await context.Database.UseTransactionAsync(transaction.GetDbTransaction(), token);
                        await context.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                    }

                    await transaction.CommitAsync(token);
                }
                finally
                {
                    foreach (var (context, connectionString) in borrowed)
                    {
                        await context.Database.UseTransactionAsync(null, CancellationToken.None);
                        context.Database.SetDbConnection(null);
                        context.Database.SetConnectionString(connectionString);
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
