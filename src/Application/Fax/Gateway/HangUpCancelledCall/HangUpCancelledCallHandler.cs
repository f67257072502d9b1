using Groupus.Application.Common.Messaging;
using Groupus.Application.Fax.Gateway.Links;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Gateway.HangUpCancelledCall;

/// <summary>
/// A stored cancellation of a job on a line: the gateway holding the lease, if connected to this node, hangs up after
/// the current page. On another node (or none) the lease lapses and the job ends then.
/// </summary>
public sealed class HangUpCancelledCallHandler(FaxGatewayRegistry registry) : IDomainEventHandler<FaxCallCancellationRequested>
{
    public void Handle(FaxCallCancellationRequested domainEvent) =>
        registry.ConnectionOf(domainEvent.GatewayId)?.TrySend(new CancelFaxJobOnLine(domainEvent.JobId, domainEvent.LeaseId));
}
