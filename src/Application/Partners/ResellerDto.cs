using Groupus.Domain.Partners;
using Groupus.Domain.Common;

namespace Groupus.Application.Partners;

public sealed record ResellerDto(
    Guid Id, string Name, ResellerKind Kind, PostalAddress Address, string Email, string Phone, string AgreementReference, ResellerStatus Status,
    DateTime CreatedAtUtc, long Version)
{
    public static ResellerDto From(Reseller r) => new(r.Id, r.Name, r.Kind, r.Address, r.Email, r.Phone, r.AgreementReference, r.Status, r.CreatedAtUtc, r.Version);
}
