using Groupus.Contracts;

namespace Groupus.Infrastructure.Messaging;

/// <summary>One outbox message's event, read from its payload, waiting for one handler.</summary>
internal sealed record PendingDelivery(Guid MessageId, IIntegrationEvent Event);
