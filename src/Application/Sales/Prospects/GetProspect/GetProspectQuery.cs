using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Prospects.GetProspect;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record GetProspectQuery(string ProspectId) : IQuery<Result<ProspectDto>>;
