using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

/// <summary>What the identity module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class IdentityDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CustomerUserRegistered registered => new DataSubjectRegistered(registered.UserId, DataSubjectKind.CustomerUser, registered.OrganisationId, registered.OccurredAtUtc),
        CustomerUserDetailsChanged changed => new DataSubjectChanged(changed.UserId, DataSubjectKind.CustomerUser, changed.OrganisationId, changed.OccurredAtUtc),
        _ => null,
    };
}
