using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Fax;
using Groupus.Domain.Common;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

/// <summary>What the fax module tells the others: billing hears of every finished fax, communications of every arrival.</summary>
public sealed class FaxDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        FaxJobFinished finished => new FaxCompleted(
            finished.JobId,
            finished.OrganisationId,
            FaxDirection.Sent,
            finished.State == FaxJobState.Done,
            finished.PagesConfirmed,
            finished.CallTime,
            finished.OccurredAtUtc),
        ReceivedFaxCompleted completed => new FaxCompleted(
            completed.FaxId, completed.OrganisationId, FaxDirection.Received, true, completed.PageCount, completed.CallTime, completed.OccurredAtUtc),
        ReceivedFaxRouted routed => new FaxArrived(routed.FaxId, routed.OrganisationId, routed.PageCount, routed.ReceivedAtUtc, routed.OccurredAtUtc),
        _ => null,
    };
}
