namespace Groupus.Contracts;

/// <summary>
/// A fact one module publishes for others, delivered through the outbox at least once; handlers are
/// made idempotent by the inbox. Its shape is a public contract: add fields, never repurpose them.
/// </summary>
public interface IIntegrationEvent
{
    DateTime OccurredAtUtc { get; }
}
