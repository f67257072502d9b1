using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

public sealed record ConsentRecordDto(Guid Id, ConsentAction Action, DateTime AtUtc, ConsentMethod Method, string? NoticeVersion, string? Wording, Guid? RecordedByStaffId)
{
    public static ConsentRecordDto From(ConsentRecord r) => new(r.Id, r.Action, r.AtUtc, r.Method, r.NoticeVersion, r.Wording, r.RecordedByStaffId);
}
