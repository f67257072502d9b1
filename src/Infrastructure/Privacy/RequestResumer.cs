using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Privacy;

/// <summary>
/// On start, runs again every request a previous process left in progress with steps pending (it was killed mid-run):
/// the step journal says where it stopped, and every step is idempotent.
/// </summary>
internal sealed partial class RequestResumer(IServiceScopeFactory scopes, ILogger<RequestResumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            IReadOnlyList<Guid> interrupted;
            using (var scope = scopes.CreateScope())
            {
                interrupted = await scope.ServiceProvider.GetRequiredService<IDataSubjectRequests>().InterruptedAsync(stoppingToken);
            }

            foreach (var requestId in interrupted)
            {
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
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception failure)
        {
            LogFailed(logger, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Privacy request {RequestId} resumed after an interruption: {Status}")]
    private static partial void LogResumed(ILogger logger, Guid requestId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Privacy request {RequestId} could not be resumed: {Code}")]
    private static partial void LogRefused(ILogger logger, Guid requestId, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming interrupted privacy requests failed ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
