using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Customers;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.Organisations.ListOrganisations;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
/// <summary>Organisations by legal name (then id), a page at a time.</summary>
public sealed record ListOrganisationsQuery(OrganisationStatus? Status, string? NameContains, int PageSize, string? PageToken)
    : IQuery<Result<OrganisationPage>>
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
