using Groupus.Domain.Common;

namespace Groupus.Domain.Customers.ServiceConfiguration;

public sealed record ServiceConfigurationSaved(Guid OrganisationId, int Version, DateTime OccurredAtUtc) : IDomainEvent;
