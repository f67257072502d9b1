namespace Groupus.Contracts.Fax;

/// <summary>A fax ended: sent (done or failed) or received. For billing: pages, time on the line, whose it was.</summary>
public sealed record FaxCompleted(
    Guid FaxId,
    Guid OrganisationId,
    FaxDirection Direction,
    bool Delivered,
    int Pages,
    TimeSpan CallTime,
    DateTime OccurredAtUtc) : IIntegrationEvent;
