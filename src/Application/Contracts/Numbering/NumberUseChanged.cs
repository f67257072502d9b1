namespace Groupus.Contracts.Numbering;

/// <summary>A number switched between voice and fax.</summary>
public sealed record NumberUseChanged(Guid NumberId, string E164, Guid OrganisationId, NumberUse Use, DateTime OccurredAtUtc) : IIntegrationEvent;
