using Groupus.Domain.Visitors;

namespace Groupus.Application.Visitors;

public sealed record VisitDto(
    Guid Id,
    VisitStatus Status,
    string VisitorName,
    string? Company,
    string? Purpose,
    string HostUsername,
    string HostDisplayName,
    string? BadgeNumber,
    DateTime? ExpectedAtUtc,
    DateTime? SignedInAtUtc,
    DateTime? SignedOutAtUtc,
    bool Anonymised,
    long Version)
{
    public static VisitDto From(Visit visit) => new(
        visit.Id,
        visit.Status,
        visit.VisitorName,
        visit.Company,
        visit.Purpose,
        visit.HostUsername,
        visit.HostDisplayName,
        visit.BadgeNumber,
        visit.ExpectedAtUtc,
        visit.SignedInAtUtc,
        visit.SignedOutAtUtc,
        visit.AnonymisedAtUtc is not null,
        visit.Version);
}
