using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Partners.GetReseller;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record GetResellerQuery(string ResellerId) : IQuery<Result<ResellerDto>>;
