using Groupus.Application.Fax.Telemetry;
using Groupus.Domain.Fax;
using Groupus.Infrastructure.Common.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Fax.Telemetry;

/// <summary>Counts unfinished jobs by state when <see cref="FaxQueueDepth"/> asks (one indexed GROUP BY, every tenant).</summary>
internal sealed partial class FaxQueueCensus(IServiceScopeFactory scopes, FaxQueueDepth depth, FaxMetrics metrics, ILogger<FaxQueueCensus> logger, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly FaxJobState[] Unfinished = [FaxJobState.Pending, FaxJobState.Ready, FaxJobState.Active, FaxJobState.Sleeping];

    /// <summary>The metrics exist from the start (their gauges are created with them), whoever records first.</summary>
    public FaxMetrics Metrics { get; } = metrics;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await depth.WaitUntilWantedAsync(stoppingToken);
                depth.Update(await CountAsync(stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogCensusFailed(logger, failure.GetType().Name);
                await Task.Delay(FaxQueueDepth.Interval, stoppingToken);
            }
        }
    }

    internal async Task<IReadOnlyDictionary<FaxJobState, int>> CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var fax = scope.ServiceProvider.GetRequiredService<FaxDbContext>();
        var counts = await fax.Jobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => Unfinished.Contains(j.State))
            .GroupBy(j => j.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // Every unfinished state is reported, zero included, so an emptied queue reads 0 rather than vanishing.
        return Unfinished.ToDictionary(s => s, s => counts.FirstOrDefault(c => c.State == s)?.Count ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the fax queue for the metrics failed ({Failure})")]
    private static partial void LogCensusFailed(ILogger logger, string failure);
}
