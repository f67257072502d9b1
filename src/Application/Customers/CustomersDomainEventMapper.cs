using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Customers;
using Groupus.Domain.Common;
using Groupus.Domain.Customers.ServiceConfiguration;

namespace Groupus.Application.Customers;

/// <summary>What the customers module tells the others: a new version of an organisation's service configuration.</summary>
public sealed class CustomersDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ServiceConfigurationSaved saved => new ServiceConfigurationChanged(saved.OrganisationId, saved.Version, saved.OccurredAtUtc),
        _ => null,
    };
}
