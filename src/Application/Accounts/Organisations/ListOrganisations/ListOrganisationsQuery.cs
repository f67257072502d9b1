using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Accounts.Organisations.ListOrganisations;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record ListOrganisationsQuery(OrganisationStatus? Status, string? NameContains, int PageSize, int Offset)
    : IQuery<Result<IReadOnlyList<OrganisationDto>>>
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
