namespace Groupus.Contracts.Visitors;

/// <summary>
/// A visitor signed in at reception and is waiting for their host. Deliberately without the visitor's name or company:
/// events and the notifications made from them are not sealed under the visitor's key, so they would outlive an
/// erasure; the host finds the name on the on-site list by the badge. The host's username says where to e-mail them
/// (null in events written before it was carried).
/// </summary>
public sealed record VisitorArrived(
    Guid VisitId,
    Guid HostStaffId,
    string BadgeNumber,
    DateTime OccurredAtUtc,
    string? HostUsername = null) : IIntegrationEvent;
