namespace Groupus.Contracts.Numbering;

/// <summary>A number (E.164) now belongs to an organisation, for voice or fax.</summary>
public sealed record NumberAssigned(Guid NumberId, string E164, Guid OrganisationId, NumberUse Use, DateTime OccurredAtUtc) : IIntegrationEvent;
