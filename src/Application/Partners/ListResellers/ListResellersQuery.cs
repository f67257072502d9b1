using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Partners;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Partners.ListResellers;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record ListResellersQuery(ResellerKind? Kind, ResellerStatus? Status, string? NameContains, int PageSize, string? PageToken)
    : IQuery<Result<ResellerPage>>
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
