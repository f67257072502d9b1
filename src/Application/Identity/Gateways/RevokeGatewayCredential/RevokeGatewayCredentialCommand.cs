using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.Gateways.RevokeGatewayCredential;

[AuthorizeRoles(StaffRole.Admin)]
public sealed record RevokeGatewayCredentialCommand(string GatewayId) : ICommand<Result<GatewayCredentialDto>>;
