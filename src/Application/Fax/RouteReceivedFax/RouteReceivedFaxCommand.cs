using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.RouteReceivedFax;

/// <summary>Hands an unrouted fax to an organisation, which is then notified.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record RouteReceivedFaxCommand(string FaxId, string OrganisationId) : ICommand<Result<ReceivedFaxDto>>;
