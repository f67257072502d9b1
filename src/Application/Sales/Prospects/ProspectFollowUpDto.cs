using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects;

public sealed record ProspectFollowUpDto(Guid? StaffId, DateTime AtUtc, ProspectStatus FromStatus, ProspectStatus ToStatus, string? Note)
{
    public static ProspectFollowUpDto From(ProspectFollowUp f) => new(f.StaffId, f.AtUtc, f.FromStatus, f.ToStatus, f.Note);
}
