using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Infrastructure.Common.Hosting;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Privacy;

/// <summary>
/// At start and then every <see cref="PrivacyRequestOptions.ResumeInterval"/>, runs again every request left in progress
/// with steps pending (a process killed mid-run, a module that failed): the step journal says where it stopped, and
/// every step is idempotent. A run that races an officer's own run loses cleanly (REQUEST_RUN_CONFLICT). Of several
/// nodes sharing the database, only the one holding the resumer's work lease resumes (renewed before each request).
/// </summary>
internal sealed partial class RequestResumer(
    IServiceScopeFactory scopes,
    WorkLeases<PrivacyDbContext> leases,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock,
    ILogger<RequestResumer> logger,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    internal const string Job = "privacy.request-resumer";

    // Long enough for one request's run; a node that dies holding it delays resumption by at most this much.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.ResumeInterval, clock);
        do
        {
            await ResumeInterruptedAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await leases.TryTakeAsync(Job, LeaseDuration, stoppingToken))
            {
                return;
            }

            try
            {
                await ResumeEachAsync(stoppingToken);
            }
            finally
            {
                await leases.ReleaseAsync(Job, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception failure)
        {
            LogFailed(logger, failure.GetType().Name);
        }
    }

    private async Task ResumeEachAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid> interrupted;
        using (var scope = scopes.CreateScope())
        {
            interrupted = await scope.ServiceProvider.GetRequiredService<IDataSubjectRequests>().InterruptedAsync(stoppingToken);
        }

        foreach (var requestId in interrupted)
        {
            if (!await leases.TryTakeAsync(Job, LeaseDuration, stoppingToken))
            {
                return;
            }

            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunRequestCommand(requestId.ToString()), stoppingToken);
            if (result.IsSuccess)
            {
                LogResumed(logger, requestId, result.Value.Request.Status.ToString());
            }
            else
            {
                LogRefused(logger, requestId, result.Error!.Code);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Privacy request {RequestId} resumed after an interruption: {Status}")]
    private static partial void LogResumed(ILogger logger, Guid requestId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Privacy request {RequestId} could not be resumed: {Code}")]
    private static partial void LogRefused(ILogger logger, Guid requestId, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming interrupted privacy requests failed ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
