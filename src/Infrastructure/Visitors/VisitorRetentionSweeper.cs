using Groupus.Application.Visitors;
using Groupus.Application.Visitors.AnonymiseExpiredVisits;
using Groupus.Infrastructure.Common.Hosting;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Visitors;

/// <summary>
/// Anonymises visits past the retention period, batch by batch, on a timer; every run is recorded and logged. Of several
/// nodes sharing the database, only the one holding the sweep's work lease sweeps.
/// </summary>
internal sealed partial class VisitorRetentionSweeper(
    IServiceScopeFactory scopes,
    WorkLeases<VisitorsDbContext> leases,
    IOptions<VisitorRetentionOptions> options,
    TimeProvider clock,
    ILogger<VisitorRetentionSweeper> logger,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    internal const string Job = "visitors.retention-sweep";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepIfLeaseHeldAsync(stoppingToken);
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogSweepFailed(logger, failure.GetType().Name);
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
        }
    }

    private async Task SweepIfLeaseHeldAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryTakeAsync(Job, TimeSpan.FromMinutes(10), cancellationToken))
        {
            return;
        }

        try
        {
            await SweepAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(Job, CancellationToken.None);
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnonymiseExpiredVisitsCommand(), cancellationToken);
            if (!result.IsSuccess)
            {
                LogSweepRefused(logger, result.Error!.Code);
                return;
            }

            var run = result.Value;
            LogSwept(logger, run.AnonymisedCount, run.CutOffUtc);
            if (run.AnonymisedCount < options.Value.BatchSize)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Visitor retention: anonymised {Count} visit(s) that ended before {CutOffUtc:u}")]
    private static partial void LogSwept(ILogger logger, int count, DateTime cutOffUtc);

    [LoggerMessage(Level = LogLevel.Error, Message = "Visitor retention sweep refused: {Code}")]
    private static partial void LogSweepRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Visitor retention sweep failed ({ExceptionType}); retrying in a minute")]
    private static partial void LogSweepFailed(ILogger logger, string exceptionType);
}
