namespace Groupus.Contracts.Visitors;

/// <summary>A visitor signed in at reception and is waiting for their host.</summary>
public sealed record VisitorArrived(
    Guid VisitId,
    Guid HostStaffId,
    string VisitorName,
    string? Company,
    string BadgeNumber,
    DateTime OccurredAtUtc) : IIntegrationEvent;
