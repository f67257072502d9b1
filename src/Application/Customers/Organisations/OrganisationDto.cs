using Groupus.Domain.Customers;
using Groupus.Domain.Common;

namespace Groupus.Application.Customers.Organisations;

public sealed record OrganisationDto(
    Guid Id,
    string LegalName,
    string? CompanyNumber,
    PostalAddress? BillingAddress,
    PostalAddress? InstallationAddress,
    OrganisationStatus Status,
    string? StatusReason,
    string? Industry,
    string? SizeBand,
    DateTime CreatedAtUtc,
    long Version)
{
    public static OrganisationDto From(Organisation o) =>
        new(o.Id, o.LegalName, o.CompanyNumber, o.BillingAddress, o.InstallationAddress, o.Status, o.StatusReason, o.Industry, o.SizeBand, o.CreatedAtUtc, o.Version);
}
