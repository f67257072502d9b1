using Groupus.Domain.Common;

namespace Groupus.Application.Common.Messaging;

/// <summary>
/// Reacts in this process to a domain event once the change that raised it is committed: never before the commit and
/// never for a refused one (waking the fax dispatcher, telling a connected gateway to hang up). The reaction is quick
/// and cannot fail the use case, which is already stored; what must survive a crash is an integration event (outbox).
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    void Handle(TEvent domainEvent);
}
