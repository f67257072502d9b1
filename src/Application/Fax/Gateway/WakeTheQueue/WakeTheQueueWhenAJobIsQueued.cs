using Groupus.Application.Common.Messaging;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Gateway.WakeTheQueue;

/// <summary>A stored job joined the queue (whichever use case put it there): the dispatcher looks for a line at once.</summary>
public sealed class WakeTheQueueWhenAJobIsQueued(IFaxQueueSignal queue) : IDomainEventHandler<FaxJobQueued>
{
    public void Handle(FaxJobQueued domainEvent) => queue.JobsChanged();
}
