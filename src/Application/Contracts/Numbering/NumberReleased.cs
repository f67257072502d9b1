namespace Groupus.Contracts.Numbering;

/// <summary>A number no longer belongs to the organisation; calls to it must no longer reach them.</summary>
public sealed record NumberReleased(Guid NumberId, string E164, Guid OrganisationId, DateTime OccurredAtUtc) : IIntegrationEvent;
