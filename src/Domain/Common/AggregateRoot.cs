namespace Groupus.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is the optimistic-concurrency token: the persistence
/// aggregate's own methods advance it when they change state (and the persistence layer does so for any other
/// update), and an update whose original version has changed in the meantime is refused.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public long Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void MarkChanged() => Version++;
}
