using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Accounts.Resellers.GetReseller;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record GetResellerQuery(string ResellerId) : IQuery<Result<ResellerDto>>;
