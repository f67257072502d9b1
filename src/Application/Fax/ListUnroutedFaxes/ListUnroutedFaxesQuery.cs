using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.ListUnroutedFaxes;

/// <summary>The staff queue: faxes received on a number or line that no organisation owns.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record ListUnroutedFaxesQuery(int PageSize, string? PageToken) : IQuery<Result<ReceivedFaxList>>;
