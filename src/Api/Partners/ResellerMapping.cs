using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Partners;

namespace Groupus.Api.Partners;

public static class ResellerMapping
{
    public static Reseller ToProto(this ResellerDto r) => new()
    {
        Id = r.Id.ToString(),
        Name = r.Name,
        Kind = PartnersEnumMaps.ResellerKind.ToProto(r.Kind),
        Address = r.Address.ToProto(),
        Email = r.Email,
        Phone = r.Phone,
        AgreementReference = r.AgreementReference,
        Status = PartnersEnumMaps.ResellerStatus.ToProto(r.Status),
        CreatedAt = r.CreatedAtUtc.ToTimestamp(),
        Version = r.Version,
    };
}
