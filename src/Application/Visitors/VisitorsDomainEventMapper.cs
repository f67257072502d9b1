using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Visitors;
using Groupus.Domain.Common;
using Groupus.Domain.Visitors;

namespace Groupus.Application.Visitors;

/// <summary>What the visitors module tells the others.</summary>
public sealed class VisitorsDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        VisitorSignedIn signedIn => new VisitorArrived(
            signedIn.VisitId, signedIn.HostStaffId, signedIn.BadgeNumber, signedIn.OccurredAtUtc, signedIn.HostUsername),
        _ => null,
    };
}
