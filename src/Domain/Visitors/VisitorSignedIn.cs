using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

public sealed record VisitorSignedIn(
    Guid VisitId,
    Guid HostStaffId,
    string HostUsername,
    string BadgeNumber,
    DateTime OccurredAtUtc) : IDomainEvent;
