using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Prospects.ListProspects;

/// <summary>Prospects newest first, optionally in one status or matching a search on company, contact name or e-mail.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record ListProspectsQuery(ProspectStatus? Status, string? Search, int PageSize, string? PageToken) : IQuery<Result<ProspectPage>>
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
