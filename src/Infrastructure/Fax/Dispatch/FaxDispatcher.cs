using Groupus.Application.Fax.Gateway.Links;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax;
using Groupus.Application.Fax.Gateway.ExpireFaxLeases;
using Groupus.Application.Fax.Gateway.LeaseNextFaxJob;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Fax.Dispatch;

/// <summary>
/// Hands due jobs to idle gateway lines, most urgent first, and puts jobs whose lease lapsed back in the queue.
/// One loop per node: woken by a new job, an idle line or a finished call, and at least every second.
/// </summary>
internal sealed partial class FaxDispatcher(
    IServiceScopeFactory scopes,
    FaxGatewayRegistry registry,
    ILogger<FaxDispatcher> logger) : BackgroundService, IFaxQueueSignal
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
        var expired = await SendAsSystemAsync(new ExpireFaxLeasesCommand(), cancellationToken);
        if (expired.IsSuccess && expired.Value.Count > 0)
        {
            LogLeasesExpired(logger, expired.Value.Count);
        }

        foreach (var (connection, lineId) in registry.IdleSendingLines())
        {
            var offer = await SendAsSystemAsync(new LeaseNextFaxJobCommand(connection.GatewayId, lineId), cancellationToken);
            if (!offer.IsSuccess)
            {
                // Another node leased the same job first: try again on the next turn.
                continue;
            }

            if (offer.Value.Assignment is not { } assignment)
            {
                return;
            }

            registry.SetLineStatus(connection.GatewayId, lineId, FaxLineStatus.Busy);
            if (!connection.TrySend(new AssignFaxJob(assignment)))
            {
                LogAssignmentUndelivered(logger, assignment.JobId, lineId);
            }
        }
    }

    private async Task<Result<T>> SendAsSystemAsync<T>(ICommand<Result<T>> command, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Fax dispatch failed ({ExceptionType}); retrying")]
    private static partial void LogDispatchFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fax dispatch: {Count} lease(s) lapsed; their jobs are back in the queue")]
    private static partial void LogLeasesExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fax job {JobId} could not be handed to line {Line}: the link is closing; its lease will lapse")]
    private static partial void LogAssignmentUndelivered(ILogger logger, Guid jobId, string line);
}
