using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Customers.Organisations;
using DomainStatus = Groupus.Domain.Customers.OrganisationStatus;
using ProtoStatus = Groupus.Api.Grpc.Accounts.V1.OrganisationStatus;

namespace Groupus.Api.Customers;

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
}
