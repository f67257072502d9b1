using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.ServiceConfiguration;

public sealed record ServiceConfigurationSaved(Guid OrganisationId, int Version, DateTime OccurredAtUtc) : IDomainEvent;
