using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Accounts.Organisations;
using DomainStatus = Groupus.Domain.Accounts.OrganisationStatus;
using ProtoStatus = Groupus.Api.Grpc.Accounts.V1.OrganisationStatus;

namespace Groupus.Api.Accounts;

public static class OrganisationMapping
{
    public static Organisation ToProto(this OrganisationDto organisation) => new()
    {
        Id = organisation.Id.ToString(),
        LegalName = organisation.LegalName,
        CompanyNumber = organisation.CompanyNumber ?? "",
        BillingAddress = organisation.BillingAddress?.ToProto(),
        InstallationAddress = organisation.InstallationAddress?.ToProto(),
        Status = organisation.Status.ToProto(),
        StatusReason = organisation.StatusReason ?? "",
        Industry = organisation.Industry ?? "",
        SizeBand = organisation.SizeBand ?? "",
        CreatedAt = organisation.CreatedAtUtc.ToTimestamp(),
        Version = organisation.Version,
    };

    public static AddressInput? ToInput(this PostalAddress? address) => address is null
        ? null
        : new AddressInput(address.Line1.OrNull(), address.Line2.OrNull(), address.Line3.OrNull(), address.Town.OrNull(),
            address.County.OrNull(), address.Postcode.OrNull(), address.CountryCode.OrNull());

    public static DomainStatus? ToDomain(this ProtoStatus status) => status switch
    {
        ProtoStatus.Prospect => DomainStatus.Prospect,
        ProtoStatus.Active => DomainStatus.Active,
        ProtoStatus.Suspended => DomainStatus.Suspended,
        ProtoStatus.Closed => DomainStatus.Closed,
        _ => null,
    };

    private static ProtoStatus ToProto(this DomainStatus status) => status switch
    {
        DomainStatus.Prospect => ProtoStatus.Prospect,
        DomainStatus.Active => ProtoStatus.Active,
        DomainStatus.Suspended => ProtoStatus.Suspended,
        DomainStatus.Closed => ProtoStatus.Closed,
        _ => ProtoStatus.Unspecified,
    };

    private static PostalAddress ToProto(this Domain.Accounts.PostalAddress address) => new()
    {
        Line1 = address.Line1,
        Line2 = address.Line2 ?? "",
        Line3 = address.Line3 ?? "",
        Town = address.Town,
        County = address.County ?? "",
        Postcode = address.Postcode,
        CountryCode = address.CountryCode,
    };
}
