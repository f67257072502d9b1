using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects;

public sealed record ProspectDto(
    Guid Id,
    EnquiryKind Kind,
    EnquirySource Source,
    ProspectContact Contact,
    string Enquiry,
    DateTime ReceivedAtUtc,
    Guid? EnteredByStaffId,
    ProspectStatus Status,
    string? LostReason,
    Guid? OrganisationId,
    DateTime StatusChangedAtUtc,
    IReadOnlyList<ProspectFollowUpDto> FollowUps,
    long Version)
{
    public static ProspectDto From(Prospect p) => new(
        p.Id, p.Kind, p.Source, p.Contact, p.Enquiry, p.ReceivedAtUtc, p.EnteredByStaffId, p.Status, p.LostReason, p.OrganisationId,
        p.StatusChangedAtUtc, p.FollowUps.OrderBy(f => f.Sequence).Select(ProspectFollowUpDto.From).ToList(), p.Version);
}
