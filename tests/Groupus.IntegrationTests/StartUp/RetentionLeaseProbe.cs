using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.StartUp;

/// <summary>
/// The last start-up task (registered after the server's own, so it runs after them and before the server listens):
/// watches, for a while, whether the retention sweeper takes its lease while the start is still running.
/// </summary>
internal sealed class RetentionLeaseProbe(IServiceScopeFactory scopes) : IHostedService
{
    // Long enough for a sweeper that runs beside the start to take its lease (its first act) even on a loaded machine.
    private const int Looks = 100;

    public bool LeaseTakenDuringStart { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var look = 0; look < Looks && !LeaseTakenDuringStart; look++)
        {
            LeaseTakenDuringStart = await IsLeaseTakenAsync(scopes, cancellationToken);
            await Task.Delay(50, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task<bool> IsLeaseTakenAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Set<WorkLease>()
            .AnyAsync(l => l.Job == VisitorRetentionSweeper.Job, cancellationToken);
    }
}
