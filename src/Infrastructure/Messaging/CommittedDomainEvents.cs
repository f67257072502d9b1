using System.Collections.Concurrent;
using System.Reflection;
using Groupus.Application.Common.Messaging;
using Groupus.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Messaging;

/// <summary>
/// Hands the domain events of a committed unit of work to their in-process handlers (<see cref="IDomainEventHandler{TEvent}"/>),
/// resolved from the scope that committed. A handler that throws is logged and does not stop the others: the change is
/// already stored.
/// </summary>
internal sealed partial class CommittedDomainEvents(IServiceProvider services, ILogger<CommittedDomainEvents> logger)
{
    private static readonly ConcurrentDictionary<Type, Action<IServiceProvider, IDomainEvent, ILogger>> Publishers = new();

    private static readonly MethodInfo PublishToHandlers =
        typeof(CommittedDomainEvents).GetMethod(nameof(PublishTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public void Publish(IReadOnlyList<IDomainEvent> domainEvents)
    {
        foreach (var domainEvent in domainEvents)
        {
            Publishers.GetOrAdd(domainEvent.GetType(), PublisherFor)(services, domainEvent, logger);
        }
    }

    private static Action<IServiceProvider, IDomainEvent, ILogger> PublisherFor(Type eventType) =>
        PublishToHandlers.MakeGenericMethod(eventType).CreateDelegate<Action<IServiceProvider, IDomainEvent, ILogger>>();

    private static void PublishTo<TEvent>(IServiceProvider services, IDomainEvent domainEvent, ILogger logger)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            try
            {
                handler.Handle((TEvent)domainEvent);
            }
            catch (Exception failure)
            {
                LogHandlerFailed(logger, handler.GetType().Name, typeof(TEvent).Name, failure.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed on a committed {Event} ({ExceptionType})")]
    private static partial void LogHandlerFailed(ILogger logger, string handler, string @event, string exceptionType);
}
