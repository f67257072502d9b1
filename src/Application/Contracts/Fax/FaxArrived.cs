namespace Groupus.Contracts.Fax;

/// <summary>A received fax now belongs to an organisation, whose users are to be told.</summary>
public sealed record FaxArrived(Guid FaxId, Guid OrganisationId, int PageCount, DateTime ReceivedAtUtc, DateTime OccurredAtUtc) : IIntegrationEvent;
