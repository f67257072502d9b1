using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Logs a database failure once, at Error with its stack trace, unless it is an answer its caller expects: a
/// unique-key violation (the unit of work answers ALREADY_EXISTS; a dispatcher knows the message was handled) or an
/// optimistic-concurrency conflict (ABORTED). EF Core's own error events for failed commands and saves are lowered to
/// Debug (<see cref="DatabaseProviderSetup"/>), so without this the unexpected ones would lose their details.
/// </summary>
internal sealed partial class DatabaseFailureLog : IDbCommandInterceptor, ISaveChangesInterceptor
{
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LogCommand(eventData);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LogCommand(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => LogSave(eventData);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LogSave(eventData);
        return Task.CompletedTask;
    }

    private static void LogCommand(CommandErrorEventData eventData)
    {
        if (eventData.Exception is OperationCanceledException || DbErrors.IsUniqueViolation(eventData.Exception))
        {
            return;
        }

        LogCommandFailed(Logger(eventData.Context), eventData.Context?.GetType().Name ?? "a DbContext", eventData.Exception);
    }

    private static void LogSave(DbContextErrorEventData eventData)
    {
        // A failed command inside the save was logged (or knowingly not) when it failed.
        if (eventData.Exception is OperationCanceledException or DbUpdateConcurrencyException
            || eventData.Exception is DbUpdateException { InnerException: DbException })
        {
            return;
        }

        LogSaveFailed(Logger(eventData.Context), eventData.Context?.GetType().Name ?? "a DbContext", eventData.Exception);
    }

    private static ILogger Logger(DbContext? context) =>
        context is null ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : context.GetService<ILoggerFactory>().CreateLogger<DatabaseFailureLog>();

    [LoggerMessage(Level = LogLevel.Error, Message = "A database command of {Context} failed")]
    private static partial void LogCommandFailed(ILogger logger, string context, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving the changes of {Context} failed")]
    private static partial void LogSaveFailed(ILogger logger, string context, Exception exception);
}
