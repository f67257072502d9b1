using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Numbering;
using Groupus.Domain.Common;
using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering;

/// <summary>What the numbering module tells the others (fax routing and billing hear of assignments and releases).</summary>
public sealed class NumberingDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        PhoneNumberAssigned assigned => new NumberAssigned(assigned.NumberId, assigned.E164, assigned.OrganisationId, ToUse(assigned.Purpose), assigned.OccurredAtUtc),
        PhoneNumberReleased released => new NumberReleased(released.NumberId, released.E164, released.OrganisationId, released.OccurredAtUtc),
        PhoneNumberPurposeChanged changed => new NumberUseChanged(changed.NumberId, changed.E164, changed.OrganisationId, ToUse(changed.Purpose), changed.OccurredAtUtc),
        _ => null,
    };

    private static NumberUse ToUse(NumberPurpose purpose) => purpose == NumberPurpose.Fax ? NumberUse.Fax : NumberUse.Voice;
}
