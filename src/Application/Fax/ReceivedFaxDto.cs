using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

public sealed record ReceivedFaxDto(
    Guid Id,
    Guid? OrganisationId,
    string? CalledNumber,
    string? RemoteId,
    int PageCount,
    DateTime ReceivedAtUtc,
    TimeSpan CallTime,
    Guid GatewayId,
    string LineId,
    int BitRate,
    bool Ecm,
    long SizeBytes)
{
    public static ReceivedFaxDto From(ReceivedFax fax) => new(
        fax.Id, fax.OrganisationId, fax.CalledNumber, fax.RemoteId, fax.PageCount, fax.ReceivedAtUtc, fax.CallTime,
        fax.GatewayId, fax.LineId, fax.BitRate, fax.Ecm, fax.SizeBytes);
}
