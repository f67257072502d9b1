using System.Diagnostics;
using Groupus.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Groupus.Application.Common.Behaviours;

/// <summary>
/// Logs each message by its type name, its outcome and its duration. Never the message's contents:
/// they carry personal data.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.Error is { } error)
        {
            LogFailed(logger, typeof(TMessage).Name, error.Kind, error.Code, elapsedMs);
        }
        else
        {
            LogHandled(logger, typeof(TMessage).Name, elapsedMs);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageType} handled in {ElapsedMs:F1} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} refused: {ErrorKind} {ErrorCode} ({ElapsedMs:F1} ms)")]
    private static partial void LogFailed(ILogger logger, string messageType, ErrorKind errorKind, string errorCode, double elapsedMs);
}
