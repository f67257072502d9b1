using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Persistence.Coordination;

/// <summary>
/// Leases on singleton jobs in a module's <c>_work_leases</c> table: a node runs the job only while it holds the lease,
/// taken and renewed by one conditional update (or the first insert), so two nodes sharing the database never both
/// hold it (on SQLite and SQL Server alike). A lease its holder did not release lapses at its expiry (a node that died).
/// </summary>
internal sealed class WorkLeases<TContext>(IServiceScopeFactory scopes, NodeIdentity node, DatabaseWriteGate writeGate, TimeProvider clock)
    where TContext : ModuleDbContext
{
    public string Holder => node.Id;

    /// <summary>Takes the job's lease for <paramref name="duration"/>, or renews it if this node holds it; false if another node does.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<TContext>().Set<WorkLease>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var holder = node.Id;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var taken = await leases
            .Where(l => l.Job == job && (l.Holder == holder || l.ExpiresAtUtc <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await leases.AnyAsync(l => l.Job == job, cancellationToken))
        {
            return false;
        }

        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        leases.Add(new WorkLease { Job = job, Holder = holder, ExpiresAtUtc = until });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException first) when (DbErrors.IsUniqueViolation(first))
        {
            // Another node inserted the job's first lease at the same moment.
            return false;
        }
    }

    /// <summary>Waits (polling) until the job's lease is this node's.</summary>
    public async Task TakeAsync(string job, TimeSpan duration, TimeSpan poll, CancellationToken cancellationToken)
    {
        while (!await TryTakeAsync(job, duration, cancellationToken))
        {
            await Task.Delay(poll, clock, cancellationToken);
        }
    }

    /// <summary>Lets another node take the job at once; does nothing if this node no longer holds it.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var holder = node.Id;
        var expired = clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TContext>().Set<WorkLease>()
            .Where(l => l.Job == job && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAtUtc, expired), cancellationToken);
    }
}
