using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.Gateways.ListGatewayCredentials;

[AuthorizeRoles(StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record ListGatewayCredentialsQuery : IQuery<Result<IReadOnlyList<GatewayCredentialDto>>>;
