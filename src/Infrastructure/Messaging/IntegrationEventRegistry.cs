namespace Groupus.Infrastructure.Messaging;

/// <summary>Which modules publish through an outbox, and who subscribes to which event.</summary>
public sealed class IntegrationEventRegistry(IEnumerable<IntegrationEventSubscription> subscriptions, IEnumerable<OutboxPublisher> publishers)
{
    private readonly Dictionary<string, Type> _eventTypes = subscriptions
        .Select(s => s.EventType)
        .Distinct()
        .ToDictionary(t => t.FullName!, t => t);

    private readonly ILookup<Type, IntegrationEventSubscription> _subscriptions = subscriptions.ToLookup(s => s.EventType);

    public IReadOnlyList<Type> PublisherContexts { get; } = [.. publishers.Select(p => p.ContextType).Distinct()];

    public Type? FindEventType(string contractName) => _eventTypes.GetValueOrDefault(contractName);

    public IEnumerable<IntegrationEventSubscription> SubscriptionsTo(Type eventType) => _subscriptions[eventType];
}
