using Groupus.Contracts;
using Groupus.Domain.Common;

namespace Groupus.Application.Common.Messaging;

/// <summary>Turns a module's domain events into the integration events it publishes (null: not published).</summary>
public interface IDomainEventMapper
{
    IIntegrationEvent? Map(IDomainEvent domainEvent);
}
