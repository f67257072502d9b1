using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Groupus.Domain.Accounts.ServiceConfiguration;
using Groupus.Domain.Common;

namespace Groupus.Application.Accounts;

/// <summary>What the accounts module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class AccountsDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CustomerUserRegistered registered => new DataSubjectRegistered(registered.UserId, DataSubjectKind.CustomerUser, registered.OrganisationId, registered.OccurredAtUtc),
        CustomerUserDetailsChanged changed => new DataSubjectChanged(changed.UserId, DataSubjectKind.CustomerUser, changed.OrganisationId, changed.OccurredAtUtc),
        ServiceConfigurationSaved saved => new ServiceConfigurationChanged(saved.OrganisationId, saved.Version, saved.OccurredAtUtc),
        _ => null,
    };
}
