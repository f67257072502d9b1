namespace Groupus.Infrastructure.Messaging;

/// <summary>Marks a module DbContext whose outbox the dispatcher drains.</summary>
public sealed record OutboxPublisher(Type ContextType);
