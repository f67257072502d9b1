using Groupus.Application.Common.Results;
using Groupus.Application.Fax;
using Groupus.Application.Fax.Gateway.DispatchFaxJobs;
using Groupus.Infrastructure.Common.Hosting;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Fax.Dispatch;

/// <summary>
/// Runs the dispatch (<see cref="FaxJobDispatch"/>) in one loop per node: woken by a queued job or an idle line, and at
/// least every second. Each command of a turn runs as the system in a scope of its own.
/// </summary>
internal sealed partial class FaxDispatcher(
    IServiceScopeFactory scopes,
    FaxJobDispatch dispatch,
    ILogger<FaxDispatcher> logger,
    IHostApplicationLifetime lifetime) : BackgroundService, IFaxQueueSignal, ISystemCommands
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void JobsChanged()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }
    }

    public async Task<Result<T>> SendAsync<T>(ICommand<Result<T>> command, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchAsync(stoppingToken);
                await _wake.WaitAsync(Tick, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogDispatchFailed(logger, failure.GetType().Name);
                await Task.Delay(Tick, stoppingToken);
            }
        }
    }

    internal async Task DispatchAsync(CancellationToken cancellationToken)
    {
        var turn = await dispatch.RunAsync(this, cancellationToken);
        if (turn.LeasesExpired > 0)
        {
            LogLeasesExpired(logger, turn.LeasesExpired);
        }

        foreach (var undelivered in turn.Undelivered)
        {
            LogAssignmentUndelivered(logger, undelivered.JobId, undelivered.LineId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Fax dispatch failed ({ExceptionType}); retrying")]
    private static partial void LogDispatchFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fax dispatch: {Count} lease(s) lapsed; their jobs are back in the queue")]
    private static partial void LogLeasesExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fax job {JobId} could not be handed to line {Line}: the link is closing; its lease will lapse")]
    private static partial void LogAssignmentUndelivered(ILogger logger, Guid jobId, string line);
}
