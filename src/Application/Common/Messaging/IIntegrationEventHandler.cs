using Groupus.Contracts;

namespace Groupus.Application.Common.Messaging;

/// <summary>
/// Reacts to another module's integration event. The handler changes its own module's aggregates but does
/// not commit: the dispatcher commits those changes together with the inbox record, so a redelivered
/// event has no second effect.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
