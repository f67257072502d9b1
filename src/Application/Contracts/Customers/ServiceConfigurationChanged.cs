namespace Groupus.Contracts.Customers;

/// <summary>An organisation saved a new version of its service configuration (billing and provisioning re-read it).</summary>
public sealed record ServiceConfigurationChanged(Guid OrganisationId, int Version, DateTime OccurredAtUtc) : IIntegrationEvent;
