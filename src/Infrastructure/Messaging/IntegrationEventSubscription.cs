using Groupus.Application.Common.Messaging;
using Groupus.Contracts;

namespace Groupus.Infrastructure.Messaging;

/// <summary>One handler of one integration event, and the module DbContext that commits its effect with its inbox record.</summary>
public sealed record IntegrationEventSubscription(
    Type EventType,
    Type HandlerType,
    Type ConsumerContextType,
    Func<object, IIntegrationEvent, CancellationToken, Task> Invoke)
{
    public string HandlerName => HandlerType.FullName!;

    public static IntegrationEventSubscription Create<TEvent, THandler, TConsumerContext>()
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent> =>
        new(typeof(TEvent), typeof(THandler), typeof(TConsumerContext),
            (handler, integrationEvent, cancellationToken) => ((THandler)handler).HandleAsync((TEvent)integrationEvent, cancellationToken));
}
