using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Partners;

namespace Groupus.Application.Partners;

/// <summary>What the partners module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class PartnersDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ResellerRegistered reseller => new DataSubjectRegistered(reseller.ResellerId, DataSubjectKind.ResellerContact, null, reseller.OccurredAtUtc),
        ResellerDetailsChanged reseller => new DataSubjectChanged(reseller.ResellerId, DataSubjectKind.ResellerContact, null, reseller.OccurredAtUtc),
        _ => null,
    };
}
